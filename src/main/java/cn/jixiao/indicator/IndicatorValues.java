package cn.jixiao.indicator;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads 年度指标值 / 实际完成值 cells into {@link IndicatorValue}s. Stateless and thread-safe. */
public final class IndicatorValues {

    /**
     * Cells that hold no value: blank, the dashes and slashes people put in rows that do not apply,
     * and the XX of an unfilled template, alone or with its operator and unit ({@code ≥XX%}).
     */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "[*＊/\\\\—–\\-－_.…]+|N/?A|n/?a|(?:[<>=≥≤]{0,2})\\s*[Xx×]+\\s*(?:\\(?[%\\p{IsHan}/]{0,6}\\)?)");

    private IndicatorValues() {
    }

    /**
     * Reads one cell. The order matters: a frequency ({@code 每年2次，5月底前}) holds month names in its
     * remark, and a schedule ({@code 10月底前}) would otherwise look like 10 of a unit 月底前.
     * Never throws; text with digits that fits no grammar comes back UNPARSEABLE.
     */
    public static IndicatorValue parse(String text) {
        if (text == null || text.isBlank()) {
            return IndicatorValue.of(ValueKind.EMPTY, "");
        }
        String original = text.strip();
        String s = ValueText.normalise(original);
        if (PLACEHOLDER.matcher(s).matches()) {
            return IndicatorValue.of(ValueKind.EMPTY, original);
        }
        Optional<IndicatorValue> frequency = FrequencyGrammar.parse(s, original);
        if (frequency.isPresent()) {
            return frequency.get();
        }
        if (ScheduleGrammar.matches(s)) {
            return IndicatorValue.of(ValueKind.SCHEDULE, original);
        }
        Optional<IndicatorValue> quantity = QuantityGrammar.parse(s, original);
        if (quantity.isPresent()) {
            return quantity.get();
        }
        return IndicatorValue.of(ValueText.hasDigit(s) ? ValueKind.UNPARSEABLE : ValueKind.QUALITATIVE, original);
    }
}
