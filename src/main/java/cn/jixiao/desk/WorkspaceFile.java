package cn.jixiao.desk;

import cn.jixiao.util.AtomicFiles;
import cn.jixiao.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes to a workspace's jixiao.yaml made by jixiao itself: only the line concerned is
 * rewritten, so the office's comments and layout stay as they were.
 */
final class WorkspaceFile {

    private static final Pattern REGISTRY_LINE = Pattern.compile("^registry:\\s*(\"[^\"]*\"|'[^']*'|[^#\\s]+)?(\\s*#.*)?$");

    private WorkspaceFile() {
    }

    /** Points the workspace's registry at a file of that name in the folder. */
    static void pointRegistryAt(Path dir, String fileName) {
        Path file = dir.resolve(Workspace.FILE);
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            String value = "\"" + fileName.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            boolean found = false;
            for (int i = 0; i < lines.size() && !found; i++) {
                Matcher m = REGISTRY_LINE.matcher(lines.get(i));
                if (m.matches()) {
                    String comment = m.group(2) == null ? "" : m.group(2);
                    lines.set(i, "registry: " + value + comment);
                    found = true;
                }
            }
            if (!found) {
                lines.add("registry: " + value);
            }
            byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, true, out -> out.write(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
