package cn.jixiao.registry;

import cn.jixiao.grid.TypedText;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount as typed into a money cell: {@code 150.75}, {@code 16.50万}, {@code 1,100,000.00},
 * {@code ￥１６．５０}. The number keeps the decimals it was typed with (16.50 stays scale 2), as the
 * registry does. A 万 / 万元 / 元 suffix is reported, not applied: only the caller knows the form's
 * unit, and {@link #in} converts with it. Text that is no number is a result, not an exception,
 * so a reader can collect every bad cell of a workbook and report them together.
 *
 * @param kind       whether the cell was empty, a number, or something else
 * @param value      the number when {@code kind} is NUMBER, else null
 * @param statedUnit the unit the suffix stated, or null when there was none
 */
public record TypedAmount(Kind kind, BigDecimal value, MoneyUnit statedUnit) {

    public enum Kind { EMPTY, NUMBER, NOT_A_NUMBER }

    public static final TypedAmount EMPTY = new TypedAmount(Kind.EMPTY, null, null);
    public static final TypedAmount NOT_A_NUMBER = new TypedAmount(Kind.NOT_A_NUMBER, null, null);

    /**
     * Optional sign, currency sign, digits with well-formed thousands groups or none, decimals,
     * unit. Groups must be of three so that {@code 16,5} (a decimal comma?) is reported, not read
     * as 165. A space after the decimal point ({@code 6. 44}, as text taken from a PDF prints it)
     * cannot mean anything else and is dropped.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "([+-]?)\\s*[¥￥]?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d*)?|\\d+(?:\\.(?:\\s\\d+|\\d*))?|\\.\\d+)\\s*(万元|万|元)?");

    public TypedAmount {
        if ((kind == Kind.NUMBER) != (value != null)) {
            throw new IllegalArgumentException("a value exactly when the kind is NUMBER");
        }
    }

    public static TypedAmount parse(String text) {
        if (TypedText.isPlaceholder(text)) {
            return EMPTY;
        }
        String t = TypedText.toAsciiDigits(TypedText.clean(text))
                .replace('，', ',').replace('－', '-').replace('−', '-').replace('＋', '+');
        Matcher m = AMOUNT.matcher(t);
        if (!m.matches()) {
            return NOT_A_NUMBER;
        }
        BigDecimal number = new BigDecimal(m.group(2).replaceAll("[,\\s]", ""));
        BigDecimal signed = m.group(1).equals("-") ? number.negate() : number;
        return new TypedAmount(Kind.NUMBER, signed, unit(m.group(3)));
    }

    public boolean isEmpty() {
        return kind == Kind.EMPTY;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isNotANumber() {
        return kind == Kind.NOT_A_NUMBER;
    }

    /**
     * The value restated in the form's unit: a bare number is taken to be in it already, a number
     * with a suffix is converted exactly. Null unless this is a number.
     */
    public BigDecimal in(MoneyUnit formUnit) {
        return statedUnit == null || value == null ? value : statedUnit.convert(value, formUnit);
    }

    private static MoneyUnit unit(String suffix) {
        if (suffix == null) {
            return null;
        }
        return suffix.startsWith("万") ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    }
}
