package cn.jixiao.indicator;

import java.math.BigDecimal;

/**
 * The comparison a quantitative indicator value states. NONE is a bare number such as {@code 33 家}:
 * the form did not say which way the target points, so {@link Attainment} decides how to read it.
 */
public enum Operator {
    GE("≥"), LE("≤"), EQ("="), GT(">"), LT("<"), NONE("");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol the 申报表 prints ({@code ≥ ≤ = > <}); empty for NONE. */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code actual} satisfies "actual OP target"; NONE never decides by itself. */
    public boolean holds(BigDecimal actual, BigDecimal target) {
        int c = actual.compareTo(target);
        return switch (this) {
            case GE -> c >= 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case GT -> c > 0;
            case LT -> c < 0;
            case NONE -> throw new IllegalStateException("a bare number has no direction of its own");
        };
    }

    /** LE and LT targets are ceilings (costs, complaints): less is better. */
    public boolean isCeiling() {
        return this == LE || this == LT;
    }
}
