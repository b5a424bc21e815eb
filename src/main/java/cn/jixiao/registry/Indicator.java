package cn.jixiao.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One row of the indicator table. level1/level2/name are 一级/二级/三级指标; target is 年度指标值 as
 * written. actual, points, score and deviation belong to self-evaluations (自评表).
 */
@JsonPropertyOrder({"level1", "level2", "name", "target", "actual", "points", "score", "deviation"})
public record Indicator(
        String level1,
        String level2,
        String name,
        String target,
        String actual,
        BigDecimal points,
        BigDecimal score,
        String deviation) {

    public static Indicator of(String level1, String level2, String name, String target) {
        return new Indicator(level1, level2, name, target, null, null, null, null);
    }
}
