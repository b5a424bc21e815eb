package cn.jixiao.read;

import cn.jixiao.meta.MetaInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One returned file, read: its forms, what jixiao recorded in it when it filled it, and what went wrong. */
public record ReadWorkbook(Path file, Optional<MetaInfo> meta, List<ReadForm> forms, List<ReadProblem> problems) {
}
