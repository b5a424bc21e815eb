package cn.jixiao.rollup;

import java.math.BigDecimal;

/** The grade a self-evaluation's 总分 earns: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60. */
enum Grade {
    优(90), 良(80), 中(60), 差(0);

    private final int from;

    Grade(int from) {
        this.from = from;
    }

    static Grade of(BigDecimal total) {
        for (Grade g : values()) {
            if (total.compareTo(BigDecimal.valueOf(g.from)) >= 0) {
                return g;
            }
        }
        return 差;
    }
}
