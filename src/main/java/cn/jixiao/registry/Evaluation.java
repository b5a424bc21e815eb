package cn.jixiao.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** The self-evaluation part of a 自评表 project: its money block, 执行率 row, goals and 总分, as stated. */
@JsonPropertyOrder({"budget", "rate_points", "rate", "rate_score", "expected", "achieved", "total_score"})
public record Evaluation(
        Budget budget,
        BigDecimal ratePoints,
        String rate,
        BigDecimal rateScore,
        String expected,
        String achieved,
        BigDecimal totalScore) {

    /** Nothing stated: what a project without a 自评 block is read as. */
    public static final Evaluation EMPTY = new Evaluation(null, null, null, null, null, null, null);

    /** 执行率 from the money: 全年执行数 ÷ 全年预算数 of 年度资金总额; null when either is missing or the budget is 0. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public BigDecimal computedRate() {
        BudgetRow total = budget == null ? null : budget.total();
        if (total == null || total.fullYear() == null || total.executed() == null || total.fullYear().signum() == 0) {
            return null;
        }
        return total.executed().divide(total.fullYear(), new java.math.MathContext(10, java.math.RoundingMode.HALF_UP));
    }

    /** 执行率 as the form has it: as stated when it is a number, else computed from the money. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public BigDecimal effectiveRate() {
        BigDecimal stated = rateFraction();
        return stated != null ? stated : computedRate();
    }

    /** 执行率得分 as the form has it: as stated, else 执行率 × 分值. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public BigDecimal effectiveRateScore() {
        return rateScore != null ? rateScore : rateScore(effectiveRate(), ratePoints);
    }

    /**
     * Decimals the 执行率得分 is rounded to: whole points, as the seed's forms round it (48% of 10 → 5,
     * 57% → 6, 71% → 7). The one rule for the form's formula ({@code ROUND(…,0)}), the check, the
     * rollup and derive; half a point rounds up, as Excel's ROUND does for positive figures.
     */
    public static final int RATE_SCORE_DECIMALS = 0;

    /** The Excel format of a 执行率 wherever one appears (form, 目录, summary): whole percent, as the seed's forms print it (48%). */
    public static final String RATE_FORMAT = "0%";

    /** 执行率 × 分值 rounded to {@link #RATE_SCORE_DECIMALS}, not above 分值 (domain.md); null when either is missing. */
    public static BigDecimal rateScore(BigDecimal rate, BigDecimal points) {
        if (rate == null || points == null) {
            return null;
        }
        return rate.multiply(points).setScale(RATE_SCORE_DECIMALS, java.math.RoundingMode.HALF_UP).min(points);
    }

    /** The stated 执行率 as a fraction ("45.9%" or "0.459" → 0.459); null when none is stated or it is no number. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public BigDecimal rateFraction() {
        if (rate == null) {
            return null;
        }
        String t = rate.strip().replace("％", "%");
        try {
            return t.endsWith("%") ? new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2)
                    : new BigDecimal(t);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
