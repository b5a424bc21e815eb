package cn.jixiao.fill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not starting or
 * ending with an apostrophe, unique without regard to case, and never one of the names the
 * workbook itself uses.
 */
public final class SheetNames {

    public static final int MAX = 31;
    private static final Pattern UNSAFE = Pattern.compile("[\\[\\]:*?/\\\\\\p{Cntrl}]");
    private static final Pattern EDGE_QUOTES = Pattern.compile("^'+|'+$");

    private SheetNames() {
    }

    /**
     * The wanted names made safe, and numbered (2), (3)… past the first use of a name. A district
     * repeats names (every unit has its 运行经费), so each name's numbering goes on from where it
     * stopped rather than trying (2), (3)… again: names are only ever taken, so those stay taken.
     */
    public static List<String> unique(List<String> wanted, Set<String> reserved) {
        Set<String> used = new HashSet<>();
        reserved.forEach(r -> used.add(r.toLowerCase(Locale.ROOT)));
        Map<String, Integer> tried = new HashMap<>();
        List<String> result = new ArrayList<>();
        for (String w : wanted) {
            String base = safe(w);
            String name = base;
            if (used.contains(name.toLowerCase(Locale.ROOT))) {
                int n = tried.getOrDefault(base, 2);
                do {
                    String suffix = "(" + n + ")";
                    name = cut(base, MAX - suffix.length()) + suffix;
                    n++;
                } while (used.contains(name.toLowerCase(Locale.ROOT)));
                tried.put(base, n);
            }
            used.add(name.toLowerCase(Locale.ROOT));
            result.add(name);
        }
        return result;
    }

    static String safe(String name) {
        String s = name == null ? "" : UNSAFE.matcher(name).replaceAll("_").strip();
        s = EDGE_QUOTES.matcher(s).replaceAll("");
        s = cut(s, MAX);
        return s.isBlank() ? "项目" : s;
    }

    static String cut(String s, int max) {
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
