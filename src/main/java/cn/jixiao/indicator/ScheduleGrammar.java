package cn.jixiao.indicator;

import java.util.regex.Pattern;

/**
 * Dates and times written with numbers, as 时效指标 are: {@code 11月底前完成}, {@code 2024年6月、11月},
 * {@code 7-8月}, {@code 6月30日前}, {@code 12月中旬前}, {@code 上午11点}. Recognised only to tell them
 * apart from amounts; nothing here tries to turn them into a date.
 */
final class ScheduleGrammar {

    private static final String MONTH = "(?:1[0-2]|0?[1-9])";
    private static final Pattern DATE_TOKEN = Pattern.compile(String.join("|",
            "20\\d\\d年",
            "(?<!\\d)20\\d\\d([-./])\\d{1,2}\\1\\d{1,2}(?!\\d)",
            // 11月, 7-8月, 3至4月; not 2次/月 (no digit before 月) and not 3个月 (a duration)
            "(?<![\\d.])" + MONTH + "(?:[-~至]" + MONTH + ")?月",
            // a day of the month after its month, or before 前/之前/、: 5日内 is a duration, not a date
            "(?<=月)\\d{1,2}[日号]",
            "(?<!\\d)(?:[12]\\d|3[01]|0?[1-9])[日号](?=前|之前|、|止|起)",
            "(?<!\\d)\\d{1,2}月?[上中下]旬",
            "(?<!\\d)(?:[01]?\\d|2[0-4])点(?!\\d)"));

    private ScheduleGrammar() {
    }

    static boolean matches(String normalised) {
        return DATE_TOKEN.matcher(ValueText.squeeze(normalised)).find();
    }
}
