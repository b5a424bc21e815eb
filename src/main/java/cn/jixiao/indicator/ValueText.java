package cn.jixiao.indicator;

import java.util.regex.Pattern;

/** Text clean-up shared by the grammars: forms are typed in Excel, WPS and Word with any IME. */
final class ValueText {

    /** A thousands separator sits between digits and is followed by exactly three of them. */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ValueText() {
    }

    /**
     * Full-width ASCII (０-９, ＝, ％, （）, ，, ：) to half-width, every kind of space to one ASCII
     * space, thousands separators dropped. Everything else, CJK included, is left as typed; NFKC is
     * not used because it would also turn the {@code ²} of {@code m²} into a digit.
     */
    static String normalise(String raw) {
        if (unchanged(raw)) {
            return raw; // most values: nothing to rewrite, so no copy and no expressions run
        }
        StringBuilder b = new StringBuilder(raw.length());
        raw.strip().codePoints().forEach(c -> {
            if (c >= 0xFF01 && c <= 0xFF5E) {
                b.append((char) (c - 0xFEE0));
            } else if (c == 0x3000 || c == 0xA0) {
                b.append(' ');
            } else {
                b.appendCodePoint(c);
            }
        });
        String s = THOUSANDS.matcher(b).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Whether {@link #normalise} would give the text back as it is: checked in one pass, without copying. */
    private static boolean unchanged(String raw) {
        int n = raw.length();
        if (n > 0 && (Character.isWhitespace(raw.charAt(0)) || Character.isWhitespace(raw.charAt(n - 1)))) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E || c == 0x3000 || c == 0xA0 || c == ',' || c == ' ' && previous == ' '
                    || c >= '\t' && c <= '\r') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** With every space removed: units and labels are written {@code m ²}, {@code 元 / 次}. */
    static String squeeze(String s) {
        // As SPACES.matcher(s).replaceAll("") gives, without a matcher for the names that have no space (most).
        StringBuilder out = null;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c >= '\t' && c <= '\r';
            if (space && out == null) {
                out = new StringBuilder(n).append(s, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    static boolean hasDigit(String normalised) {
        return normalised.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** Head and tail around the first comma or semicolon; tail is empty when there is none. */
    static String[] splitRemark(String normalised) {
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            if (c == ',' || c == ';') {
                return new String[] {normalised.substring(0, i).strip(), normalised.substring(i + 1).strip()};
            }
        }
        return new String[] {normalised, ""};
    }

    static String joinNotes(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }
}
