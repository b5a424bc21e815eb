package cn.jixiao.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;

/** The unit every amount of a registry is stated in. Conversion is exact: decimals, never doubles. */
public enum MoneyUnit {
    WAN_YUAN("万元", new BigDecimal("10000")),
    YUAN("元", BigDecimal.ONE);

    private final String label;
    private final BigDecimal yuan;

    MoneyUnit(String label, BigDecimal yuan) {
        this.label = label;
        this.yuan = yuan;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /**
     * An amount stated in this unit, restated in {@code target}. Exact: 元 to 万元 divides by a power
     * of ten, so the quotient always terminates and no rounding is ever needed.
     */
    public BigDecimal convert(BigDecimal amount, MoneyUnit target) {
        if (amount == null || target == this) {
            return amount;
        }
        return amount.multiply(yuan).divide(target.yuan);
    }

    @JsonCreator
    public static MoneyUnit of(String text) {
        String t = text.trim();
        for (MoneyUnit u : values()) {
            if (u.label.equals(t)) {
                return u;
            }
        }
        if (t.equalsIgnoreCase("wan") || t.equalsIgnoreCase("wanyuan")) {
            return WAN_YUAN;
        }
        if (t.equalsIgnoreCase("yuan")) {
            return YUAN;
        }
        throw new IllegalArgumentException(text);
    }
}
