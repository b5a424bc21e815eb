package cn.jixiao.read;

import java.util.regex.Pattern;

/**
 * The comparable form of a label: what stays the same when a form is retyped or made by hand.
 * Spaces and line breaks go, full-width punctuation becomes ASCII, a trailing colon goes, and
 * so does any part in parentheses, so 年度(/项目)指标值 matches 年度指标值 and 项目资金（万元）
 * matches 项目资金（元）. Template markers (${...}) are dropped for the same reason.
 */
final class LabelKey {

    private static final Pattern MARKER = Pattern.compile("\\$\\{[^}]*}");
    private static final Pattern PARENS = Pattern.compile("\\([^()]*\\)");

    private LabelKey() {
    }

    /** No spaces or line breaks, and full-width brackets, colons, semicolons and commas as ASCII. */
    static String normalise(String text) {
        // Most cells need no change: they are returned as they are, without copying them (this
        // runs for every text cell of every form).
        int first = 0;
        while (first < text.length() && !changes(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        b.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (isSpace(ch)) {
                continue;
            }
            b.append(switch (ch) {
                case '（' -> '(';
                case '）' -> ')';
                case '：' -> ':';
                case '；' -> ';';
                case '，' -> ',';
                default -> ch;
            });
        }
        return b.toString();
    }

    private static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
    }

    private static boolean changes(char ch) {
        return switch (ch) {
            case '（', '）', '：', '；', '，' -> true;
            // Letters, digits and CJK ideographs are never spaces: decided without the Unicode tables.
            default -> !(ch > ' ' && ch < 0x7F || ch >= 0x4E00 && ch <= 0x9FFF) && isSpace(ch);
        };
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.indexOf('$') >= 0 ? MARKER.matcher(text).replaceAll("") : text;
        String t = normalise(plain);
        String previous;
        while (t.indexOf('(') >= 0) {
            previous = t;
            t = PARENS.matcher(t).replaceAll("");
            if (t.equals(previous)) {
                break;
            }
        }
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
