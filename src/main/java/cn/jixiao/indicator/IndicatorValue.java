package cn.jixiao.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One 年度指标值 or 实际完成值, understood. {@code text} is always the cell as written (trimmed), so
 * nothing is lost; the other fields are what the grammar read from it.
 *
 * @param kind     what the cell holds
 * @param operator the comparison, NONE for a bare number and for every non-quantitative kind
 * @param number   the amount with the scale it was written with ({@code 10.00} stays 2 decimals);
 *                 null unless QUANTITATIVE
 * @param unit     {@code %}, {@code 次}, {@code 元/次}, {@code 次/年}...; empty when none was written
 * @param note     words the grammar set aside around the amount: a label ({@code 完成率}) or a
 *                 remark ({@code 符合上级规定}, {@code 历年延续}); empty when none
 * @param text     the cell as written, trimmed
 */
public record IndicatorValue(ValueKind kind, Operator operator, BigDecimal number, String unit, String note,
                             String text) {

    public IndicatorValue {
        Objects.requireNonNull(kind, "kind");
        operator = operator == null ? Operator.NONE : operator;
        unit = unit == null ? "" : unit;
        note = note == null ? "" : note;
        text = text == null ? "" : text.strip();
        if ((kind == ValueKind.QUANTITATIVE) != (number != null)) {
            throw new IllegalArgumentException("a number goes with QUANTITATIVE and only with it: " + text);
        }
    }

    public static IndicatorValue quantity(Operator operator, BigDecimal number, String unit, String note,
                                          String text) {
        return new IndicatorValue(ValueKind.QUANTITATIVE, operator, Objects.requireNonNull(number, "number"),
                unit, note, text);
    }

    /** A value of a kind without a number (QUALITATIVE, SCHEDULE, EMPTY, UNPARSEABLE). */
    public static IndicatorValue of(ValueKind kind, String text) {
        return new IndicatorValue(kind, Operator.NONE, null, "", "", text);
    }

    public boolean isQuantitative() {
        return kind == ValueKind.QUANTITATIVE;
    }

    /** {@code ≥}, {@code ≤}, {@code =}, {@code >}, {@code <}, or empty when none was written. */
    public String operatorSymbol() {
        return operator.symbol();
    }

    /**
     * One spelling for every way of writing the same value, for display and comparison:
     * {@code ≥ 10.00 次}, {@code 33 家}, {@code = 100 %}. Non-quantitative values render as their text,
     * EMPTY as the empty string. The note is left out: it does not change what the target is.
     */
    public String canonical() {
        return switch (kind) {
            case QUANTITATIVE -> String.join(" ", Stream.of(
                    operator.symbol(), number.toPlainString(), unit).filter(s -> !s.isEmpty()).toList());
            case EMPTY -> "";
            default -> text;
        };
    }
}
