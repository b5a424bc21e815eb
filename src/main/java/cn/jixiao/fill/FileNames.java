package cn.jixiao.fill;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Output file names from a pattern such as {@code {year}-{unit}-{form}}. Whatever a unit is
 * called (slashes, "..", characters Windows forbids, reserved device names), the result is one
 * plain file name inside the output folder.
 */
public final class FileNames {

    public static final String DEFAULT_PATTERN = "{year}年{form}-{unit}";
    private static final Pattern FIELD = Pattern.compile("\\{(\\w+)}");
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final int MAX_LENGTH = 120;

    private final Set<String> used = new HashSet<>();

    /** Expands the pattern, makes it safe and unique among the names this instance gave out. */
    public synchronized Path resolve(Path dir, String pattern, Map<String, String> fields) {
        Matcher m = FIELD.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = fields.getOrDefault(m.group(1), m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(safe(value)));
        }
        m.appendTail(sb);
        String base = safe(sb.toString());
        if (base.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            base = base.substring(0, base.length() - 5);
        }
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "(" + n + ")";
        }
        Path out = dir.resolve(name + ".xlsx").normalize();
        if (!out.getParent().equals(dir.normalize())) {
            throw new IllegalStateException("file name escaped the output folder: " + name);
        }
        return out;
    }

    static String safe(String s) {
        String t = s == null ? "" : s.replaceAll("[<>:\"/\\\\|?*\\p{Cntrl}]", "_");
        t = t.replaceAll("\\.{2,}", "_").strip();
        t = t.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (t.length() > MAX_LENGTH) {
            t = t.substring(0, MAX_LENGTH);
        }
        String stem = t.contains(".") ? t.substring(0, t.indexOf('.')) : t;
        if (WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            t = "_" + t;
        }
        return t.isEmpty() ? "_" : t;
    }
}
