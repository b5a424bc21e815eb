package cn.jixiao.indicator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts per period, written the Chinese way: {@code 每年2次}, {@code 一年2次}, {@code 每年不少于4次},
 * {@code 每季度开展1次}, {@code 每月一次}, {@code 半年度一次}, {@code 每两周至少1次}. They read as the
 * same quantity as {@code 2次/年}, so the unit becomes count/period and two spellings compare equal.
 */
final class FrequencyGrammar {

    private static final String PERIOD = "年度|年|季度|季|月|周|星期|天|日|学期|两周|半年度|半年|半月|\\d+个?月|\\d+周|\\d+天";
    private static final Pattern FREQUENCY = Pattern.compile(
            "(?<every>每|一)?(?<period>" + PERIOD + ")"
            + "(?<verb>\\p{IsHan}{0,2}?)" // 开展, 发放, 举办
            + "(?<op>不少于|至少|不低于|不超过|最多)?"
            + "(?:(?<num>\\d+(?:\\.\\d+)?)(?<unit>(?![月日号点])\\p{IsHan}{1,3})"
            + "|(?<cn>[一两二三四五六七八九十])(?<cnunit>次|场|期|批))");
    /** Chinese numerals only in front of these counters: 每季度开辟一个个案 is prose, not 1 个/季度. */
    private static final Map<String, Integer> CN = Map.of(
            "一", 1, "两", 2, "二", 2, "三", 3, "四", 4, "五", 5, "六", 6, "七", 7, "八", 8, "九", 9);
    private static final Map<String, String> PERIOD_UNIT = Map.of(
            "年度", "年", "季", "季度", "星期", "周", "日", "天", "半年度", "半年");

    private FrequencyGrammar() {
    }

    /** The text before the first comma as a frequency; what follows the comma becomes the note. */
    static Optional<IndicatorValue> parse(String normalised, String original) {
        String[] parts = ValueText.splitRemark(normalised);
        Matcher m = FREQUENCY.matcher(ValueText.squeeze(parts[0]));
        if (!m.matches()) {
            return Optional.empty();
        }
        String period = m.group("period");
        // Without 每/一 only 半年 reads as a period; 年2次 alone is not something people write.
        if (m.group("every") == null && !period.startsWith("半")) {
            return Optional.empty();
        }
        period = PERIOD_UNIT.getOrDefault(period, period.replace("个", ""));
        BigDecimal count;
        String counter;
        if (m.group("num") != null) {
            count = new BigDecimal(m.group("num"));
            counter = m.group("unit");
        } else {
            String cn = m.group("cn");
            count = BigDecimal.valueOf(cn.equals("十") ? 10 : CN.get(cn));
            counter = m.group("cnunit");
        }
        Operator op = QuantityGrammar.prefixOperator(m.group("op"));
        return Optional.of(IndicatorValue.quantity(op, count, counter + "/" + period, parts[1], original));
    }
}
