package cn.jixiao.grid;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text as people type it into a returned workbook, made comparable without rewriting it. Form
 * text is kept as written: only the ends are trimmed and line breaks unified, because Excel, WPS
 * and LibreOffice save the same cell with CRLF or LF and pasted text brings NBSP or U+3000.
 */
public final class TypedText {

    /** What forms put in a cell that has nothing to say. Compared after {@link #clean}. */
    private static final Set<String> PLACEHOLDERS =
            Set.of("", "*", "＊", "/", "／", "-", "--", "－", "—", "——", "–", "xx", "ｘｘ", "无");

    /** 指标1： / 指标12: / 指标１： — the numbering the 目标表 prints before an indicator's name. */
    private static final Pattern INDICATOR_PREFIX = Pattern.compile("^(指标\\s*[0-9０-９]+\\s*[：:]\\s*)+");

    private TypedText() {
    }

    /** Trimmed of spaces of every kind (NBSP, U+3000, zero-width, BOM) with CRLF and CR as LF; null is "". */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        int from = 0;
        int to = s.length();
        while (from < to && isBlank(s.charAt(from))) {
            from++;
        }
        while (to > from && isBlank(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Empty, or one of the marks that stand for "nothing here": *, /, —, ——, -, XX, 无. */
    public static boolean isPlaceholder(String s) {
        return PLACEHOLDERS.contains(clean(s).toLowerCase(Locale.ROOT));
    }

    /**
     * Operators, digits and % in one spelling, so {@code ＞＝９５％} and {@code >=95%} read alike:
     * ASCII digraphs and full-width or variant signs become ≥ ≤ = > <. Full-width parentheses are
     * left alone: the forms use both kinds and a unit like {@code （次）} is kept as written.
     */
    public static String normaliseOperators(String s) {
        String t = toAsciiDigits(s)
                .replace('＝', '=').replace('＞', '>').replace('＜', '<')
                .replace('≧', '≥').replace('≦', '≤').replace('％', '%');
        return t.replace(">=", "≥").replace("<=", "≤");
    }

    /**
     * The indicator's name without its {@code 指标1：} numbering; "" when the cell holds nothing
     * else (an empty placeholder row, which is not an indicator).
     */
    public static String stripIndicatorPrefix(String s) {
        String t = clean(s);
        // Only text that starts with 指标 can carry the numbering: the rest skips the expression.
        return t.startsWith("指标") ? clean(INDICATOR_PREFIX.matcher(t).replaceFirst("")) : t;
    }

    /**
     * Full-width digits ０-９ as ASCII, and a full-width point between two digits as '.'. An IME
     * in full-width mode types both; a point elsewhere is punctuation and stays.
     */
    public static String toAsciiDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        for (int i = 1; i < sb.length() - 1; i++) {
            if (sb.charAt(i) == '．' && isDigit(sb.charAt(i - 1)) && isDigit(sb.charAt(i + 1))) {
                sb.setCharAt(i, '.');
            }
        }
        return sb.toString();
    }

    public static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
