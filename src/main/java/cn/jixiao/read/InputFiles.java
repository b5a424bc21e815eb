package cn.jixiao.read;

import cn.jixiao.i18n.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files a command's inputs name: files as given, the workbooks found in folders; a missing input is an error. */
public final class InputFiles {

    private InputFiles() {
    }

    public static List<Path> of(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new UserError("file.notFound", p);
            }
            files.addAll(ReadBatch.expand(List.of(p)));
        }
        return files;
    }
}
