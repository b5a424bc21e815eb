package cn.jixiao.diff;

import cn.jixiao.i18n.Messages;
import java.util.Map;

/** A change's kind and field as a finance officer names them: 金额修改, 年度资金申请总额. */
public final class ChangeLabels {

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("name", "项目名称"), Map.entry("unit", "实施单位"), Map.entry("department", "主管部门"),
            Map.entry("nature", "项目性质"), Map.entry("category", "项目类别"), Map.entry("start", "计划开始日期"),
            Map.entry("end", "计划完成日期"), Map.entry("overall_goal", "项目总目标"), Map.entry("annual_goal", "年度总体目标"),
            Map.entry("funds.total", "项目资金总额"), Map.entry("funds.fiscal", "财政资金"), Map.entry("funds.other", "其他资金（总额）"),
            Map.entry("funds.annual_total", "年度资金申请总额"), Map.entry("funds.appropriation", "当年财政拨款"),
            Map.entry("funds.carryover", "上年结转资金"), Map.entry("funds.annual_other", "其他资金（年度）"));

    private ChangeLabels() {
    }

    public static String kind(Change c, Messages m) {
        return m.get("diff.kind." + c.kind().name());
    }

    /** A change as the words of a report row: unit, project, kind, field, sent, returned, difference. */
    /** The difference with its sign (+12.00, -3.50), as the terminal and the report both show it; blank when none. */
    public static String difference(Change c) {
        java.math.BigDecimal d = c.difference();
        return d == null ? "" : (d.signum() > 0 ? "+" : "") + d.toPlainString();
    }

    public static Map<String, String> textRow(Change c, Messages m) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        row.put("unit", c.unit());
        row.put("project", c.project());
        row.put("kind", kind(c, m));
        row.put("field", field(c));
        row.put("before", java.util.Objects.toString(c.before(), ""));
        row.put("after", java.util.Objects.toString(c.after(), ""));
        row.put("difference", difference(c));
        return row;
    }

    /** The field in words: a form's label for project fields, the indicator's name for indicator changes. */
    public static String field(Change c) {
        return FIELDS.getOrDefault(c.field(), c.field());
    }
}
