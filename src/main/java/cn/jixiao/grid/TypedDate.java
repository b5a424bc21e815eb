package cn.jixiao.grid;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 计划开始日期 / 计划完成日期 as the forms write it: {@code 2024.01.01}, {@code 2024. 1. 18},
 * {@code 2024.1}, {@code 2026年1月}, {@code 2024年1月1日}, {@code 2026-01-01}, {@code 2026/1/1}. The
 * registry keeps the text as written; this reading exists for checks such as start ≤ end, which
 * is why a date may have no day: {@link #firstDay} and {@link #lastDay} bound it.
 *
 * @param day the day of the month, or null when only year and month were written
 */
public record TypedDate(int year, int month, Integer day) {

    /** The style used when there is no sample to follow. */
    private static final String DEFAULT_STYLE = "2024.01.01";

    /** One separator throughout (2024.1.1, 2024-1-1, 2024/1/1), spaces allowed after it. */
    private static final Pattern NUMERIC = Pattern.compile("(?<y>\\d{4})\\s*(?<s>[./-])\\s*(?<m>\\d{1,2})"
            + "(?:\\s*\\k<s>\\s*(?<d>\\d{1,2}))?(?<t>\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    private static final Pattern CJK =
            Pattern.compile("(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月(?:\\s*(?<d>\\d{1,2})\\s*[日号]?)?"
                    + "(?<t>\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

    public TypedDate {
        // Four-digit years of this century or near it: 1234.5 in a date cell is a mistyped
        // amount, not the May of 1234.
        if (year < 1900 || year > 2199 || month < 1 || month > 12
                || (day != null && !YearMonth.of(year, month).isValidDay(day))) {
            throw new IllegalArgumentException(year + "-" + month + "-" + day);
        }
    }

    public static TypedDate of(LocalDate d) {
        return new TypedDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** The date the text writes, or empty when it is none of the styles or no real date. */
    public static Optional<TypedDate> parse(String text) {
        Matcher m = match(normalise(text));
        if (m == null) {
            return Optional.empty();
        }
        try {
            String d = m.group("d");
            return Optional.of(new TypedDate(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                    d == null ? null : Integer.valueOf(d)));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    public boolean hasDay() {
        return day != null;
    }

    /** The earliest day this text can mean: the 1st when only a month was written. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month, day == null ? 1 : day);
    }

    /** The latest day this text can mean: the month's last when only a month was written. */
    public LocalDate lastDay() {
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : firstDay();
    }

    /**
     * {@code d} written the way {@code styleLike} is (separators, spaces, zero padding, 年月日), so a
     * date cell read back stays in its form's style; {@code yyyy.MM.dd} without a usable sample.
     * A sample without a day gives a date without one only when it is the 1st: that is what
     * Excel makes of a typed {@code 2024/1}, and any other day would be lost.
     */
    public static String format(LocalDate d, String styleLike) {
        String sample = normalise(styleLike);
        Matcher m = match(sample);
        if (m == null) {
            m = match(DEFAULT_STYLE);
            sample = DEFAULT_STYLE;
        }
        boolean padded = padded(m, sample);
        boolean cjk = sample.contains("年");
        int dateEnd = m.group("t") == null ? m.end() : m.start("t");
        StringBuilder sb = new StringBuilder().append(d.getYear())
                .append(sample, m.end("y"), m.start("m")).append(two(d.getMonthValue(), padded));
        if (m.group("d") != null) {
            sb.append(sample, m.end("m"), m.start("d")).append(two(d.getDayOfMonth(), padded))
                    .append(sample, m.end("d"), dateEnd);
        } else {
            sb.append(sample, m.end("m"), dateEnd);
            if (d.getDayOfMonth() != 1) {
                sb.append(cjk ? "" : sample.substring(m.end("y"), m.start("m")))
                        .append(two(d.getDayOfMonth(), padded)).append(cjk ? "日" : "");
            }
        }
        return sb.toString();
    }

    /**
     * 01 pads, 1 does not. A sample with only two-digit parts (2024.12.31, 2024.12) pads when it
     * has a day and no 年月日, as the seeds do; a month alone is written 2024.1 there.
     */
    private static boolean padded(Matcher m, String sample) {
        String month = m.group("m");
        String day = m.group("d");
        if (month.startsWith("0") || (day != null && day.startsWith("0"))) {
            return true;
        }
        if (month.length() == 1 || (day != null && day.length() == 1)) {
            return false;
        }
        return day != null && !sample.contains("年");
    }

    private static String two(int n, boolean padded) {
        return padded && n < 10 ? "0" + n : String.valueOf(n);
    }

    private static Matcher match(String s) {
        for (Pattern p : new Pattern[] {NUMERIC, CJK}) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }

    private static String normalise(String s) {
        return TypedText.toAsciiDigits(TypedText.clean(s)).replace('．', '.').replace('－', '-').replace('／', '/');
    }
}
