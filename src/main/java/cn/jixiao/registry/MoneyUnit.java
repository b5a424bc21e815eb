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

    /** Decimals every amount is shown with, in every sheet, table and export; more when the registry states more (40.605). */
    public static final int SHOWN_DECIMALS = 2;

    /** An amount as shown: two decimals (46.2 → 46.20, 0 → 0.00), or its own when it has more. */
    public static BigDecimal shown(BigDecimal amount) {
        return amount == null || amount.scale() >= SHOWN_DECIMALS ? amount : amount.setScale(SHOWN_DECIMALS);
    }

    /** The Excel number format of an amount with {@code scale} decimals, as {@link #shown} shows it; 元 with thousands separators. */
    public String excelFormat(int scale) {
        String integer = this == YUAN ? "#,##0" : "0";
        return integer + "." + "0".repeat(Math.min(Math.max(scale, SHOWN_DECIMALS), 10));
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
