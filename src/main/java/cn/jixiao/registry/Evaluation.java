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
