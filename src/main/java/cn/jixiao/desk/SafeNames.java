package cn.jixiao.desk;

import cn.jixiao.i18n.UserError;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * File names that arrive from a browser, made safe to use inside the workspace: only a plain name
 * (no folder part, no "..", nothing Windows cannot store), and a path is only ever resolved inside
 * the folder it belongs to.
 */
final class SafeNames {

    private static final int MAX_LENGTH = 120;
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeNames() {
    }

    /** The name as a plain file name, or a refusal naming what is wrong with it. */
    static String fileName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new UserError("desk.name.missing");
        }
        String name = raw.strip();
        if (name.contains("..")) {
            throw new UserError("desk.name.dots", raw);
        }
        if (name.contains("/") || name.contains("\\")) {
            throw new UserError("desk.name.folder", raw);
        }
        if (name.startsWith(".")) {
            throw new UserError("desk.name.hidden", raw);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || ":*?\"<>|".indexOf(c) >= 0) {
                throw new UserError("desk.name.character", raw);
            }
        }
        if (name.length() > MAX_LENGTH) {
            throw new UserError("desk.name.long", raw, String.valueOf(MAX_LENGTH));
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT)) || name.endsWith(" ") || name.endsWith(".")) {
            throw new UserError("desk.name.character", raw);
        }
        return name;
    }

    /** The file of that name directly inside the folder; never anywhere else. */
    static Path inside(Path folder, String raw) {
        String name = fileName(raw);
        Path base = folder.toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (!base.equals(file.getParent())) {
            throw new UserError("desk.name.folder", raw);
        }
        return file;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
