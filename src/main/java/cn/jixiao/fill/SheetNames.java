package cn.jixiao.fill;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not starting or
 * ending with an apostrophe, unique without regard to case, and never one of the names the
 * workbook itself uses.
 */
public final class SheetNames {

    public static final int MAX = 31;

    private SheetNames() {
    }

    public static List<String> unique(List<String> wanted, Set<String> reserved) {
        Set<String> used = new HashSet<>();
        reserved.forEach(r -> used.add(r.toLowerCase(Locale.ROOT)));
        List<String> result = new ArrayList<>();
        for (String w : wanted) {
            String base = safe(w);
            String name = base;
            for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = "(" + n + ")";
                name = cut(base, MAX - suffix.length()) + suffix;
            }
            used.add(name.toLowerCase(Locale.ROOT));
            result.add(name);
        }
        return result;
    }

    static String safe(String name) {
        String s = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\\\p{Cntrl}]", "_").strip();
        s = s.replaceAll("^'+|'+$", "");
        s = cut(s, MAX);
        return s.isBlank() ? "项目" : s;
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return s.substring(0, end);
    }
}
