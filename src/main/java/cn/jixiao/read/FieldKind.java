package cn.jixiao.read;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a template field's text becomes registry data. The names are the template's markers; the
 * kinds are what the registry model holds for them. Fields not named here (the 核算 columns, the
 * 分值 total, 序号) are computed by the form and not read back.
 */
enum FieldKind {
    TEXT, DATE, AMOUNT, NUMBER, BOXES, NUMBERED_NAME,
    /** An indicator value (年度指标值, 实际完成值): text with its operators in one spelling. */
    VALUE,
    /** A figure the form computes unless the unit states it: a formula there means "not stated". */
    STATED_NUMBER, STATED_TEXT;

    private static final Set<String> TEXT_FIELDS = Set.of("p.name", "p.department", "p.nature", "p.category",
            "p.unit", "p.overallGoal", "p.annualGoal", "p.expected", "p.achieved",
            "i.level1", "i.level2", "i.name", "i.deviation");
    private static final Set<String> AMOUNT_FIELDS = Set.of("p.total", "p.fiscal", "p.other", "p.annualTotal",
            "p.appropriation", "p.carryover", "p.annualOther");
    private static final Pattern BUDGET =
            Pattern.compile("p\\.budget\\.(total|appropriation|carryover|other)\\.(initial|fullYear|executed)");
    private static final Map<String, FieldKind> OTHERS = Map.ofEntries(
            Map.entry("p.start", DATE), Map.entry("p.end", DATE), Map.entry("p.categoryBoxes", BOXES),
            Map.entry("i.numberedName", NUMBERED_NAME), Map.entry("i.target", VALUE), Map.entry("i.actual", VALUE),
            Map.entry("p.ratePoints", NUMBER), Map.entry("i.points", NUMBER), Map.entry("i.score", NUMBER),
            Map.entry("p.rateScore", STATED_NUMBER), Map.entry("p.totalScore", STATED_NUMBER),
            Map.entry("p.rate", STATED_TEXT));

    /** The kind of a field, or null when the field is not read back. */
    static FieldKind of(String field) {
        if (TEXT_FIELDS.contains(field)) {
            return TEXT;
        }
        if (AMOUNT_FIELDS.contains(field) || field.startsWith("p.budget.") && BUDGET.matcher(field).matches()) {
            return AMOUNT;
        }
        return OTHERS.get(field);
    }
}
