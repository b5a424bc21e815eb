package cn.jixiao.read;

import cn.jixiao.meta.MetaInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One returned file, read: its forms, what jixiao recorded in it when it filled it, and what went
 * wrong; formsPerSheet counts the forms found on each sheet (read or not), title is the summary
 * book's own title when the file has one.
 */
public record ReadWorkbook(Path file, Optional<MetaInfo> meta, List<ReadForm> forms, List<ReadProblem> problems,
                           java.util.Map<String, Integer> formsPerSheet, String title) {

    public int formsFound() {
        return formsPerSheet.values().stream().mapToInt(Integer::intValue).sum();
    }
}
