package cn.jixiao.read;

import java.util.Map;

/**
 * A template field's place in the registry model, as a registry path ({@code funds.annual_total},
 * {@code indicators[3].target}): the same name for a value whether it came from a registry or
 * from a cell, so a finding can point at either.
 */
public final class FieldPaths {

    private static final Map<String, String> PROJECT = Map.ofEntries(
            Map.entry("p.name", "name"), Map.entry("p.department", "department"), Map.entry("p.nature", "nature"),
            Map.entry("p.category", "category"), Map.entry("p.categoryBoxes", "category"),
            Map.entry("p.unit", "unit"), Map.entry("p.start", "start"), Map.entry("p.end", "end"),
            Map.entry("p.total", "funds.total"), Map.entry("p.fiscal", "funds.fiscal"), Map.entry("p.other", "funds.other"),
            Map.entry("p.annualTotal", "funds.annual_total"), Map.entry("p.appropriation", "funds.appropriation"),
            Map.entry("p.carryover", "funds.carryover"), Map.entry("p.annualOther", "funds.annual_other"),
            Map.entry("p.overallGoal", "overall_goal"), Map.entry("p.annualGoal", "annual_goal"),
            Map.entry("p.ratePoints", "evaluation.rate_points"), Map.entry("p.rate", "evaluation.rate"),
            Map.entry("p.rateScore", "evaluation.rate_score"), Map.entry("p.totalScore", "evaluation.total_score"),
            Map.entry("p.expected", "evaluation.expected"), Map.entry("p.achieved", "evaluation.achieved"));

    private FieldPaths() {
    }

    /** The registry path of a project field, or null for fields the registry does not hold. */
    public static String ofProjectField(String field) {
        if (field.startsWith("p.budget.")) {
            String[] parts = field.split("\\.");
            return "evaluation.budget." + parts[2] + "." + snake(parts[3]);
        }
        return PROJECT.get(field);
    }

    /** The registry key of each indicator field, spelled out: this runs for every cell of every table. */
    private static final Map<String, String> INDICATOR_KEYS = Map.of("i.level1", "level1", "i.level2", "level2",
            "i.name", "name", "i.numberedName", "name", "i.target", "target", "i.actual", "actual",
            "i.points", "points", "i.score", "score", "i.deviation", "deviation");

    /** indicators[k].target for i.target of the k-th indicator read. */
    public static String ofIndicatorField(int index, String field) {
        String name = INDICATOR_KEYS.get(field);
        return "indicators[" + index + "]." + (name != null ? name : snake(field.substring(2)));
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
