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
}
