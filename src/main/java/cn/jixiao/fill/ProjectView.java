package cn.jixiao.fill;

import cn.jixiao.registry.Budget;
import cn.jixiao.registry.BudgetRow;
import cn.jixiao.registry.Evaluation;
import cn.jixiao.registry.Funds;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One project as the template's expressions see it ({@code p.name}, {@code i.target}…). Maps,
 * not beans, because jxls' expression language reads map keys directly and a key with a null
 * value renders as an empty cell, which is what an empty form cell is.
 */
final class ProjectView {

    static final List<String> CATEGORIES = List.of("专项资金", "经常性项目", "一次性项目");

    private ProjectView() {
    }

    static Map<String, Object> of(int index, Unit unit, Project p, MoneyUnit money, StyleCache styles, TocLinks links) {
        Map<String, Object> v = new Fields();
        v.put("index", index);
        v.put("unit", CellValues.text(unit.name()));
        v.put("name", CellValues.text(p.name()));
        v.put("department", CellValues.text(p.department()));
        v.put("nature", CellValues.text(p.nature()));
        v.put("category", CellValues.text(p.category()));
        v.put("categoryBoxes", CellValues.text(categoryBoxes(p.category())));
        v.put("start", CellValues.text(p.start()));
        v.put("end", CellValues.text(p.end()));
        Funds f = Funds.of(p);
        v.put("total", CellValues.linked(CellValues.amount(f.total(), money, styles), links, index, "total"));
        v.put("fiscal", CellValues.linked(CellValues.amount(f.fiscal(), money, styles), links, index, "fiscal"));
        v.put("other", CellValues.linked(CellValues.amount(f.other(), money, styles), links, index, "other"));
        v.put("annualTotal", CellValues.linked(CellValues.amount(f.annualTotal(), money, styles), links, index, "annualTotal"));
        v.put("appropriation", CellValues.linked(CellValues.amount(f.appropriation(), money, styles), links, index, "appropriation"));
        v.put("carryover", CellValues.linked(CellValues.amount(f.carryover(), money, styles), links, index, "carryover"));
        v.put("annualOther", CellValues.linked(CellValues.amount(f.annualOther(), money, styles), links, index, "annualOther"));
        v.put("overallGoal", CellValues.text(p.overallGoal()));
        v.put("annualGoal", CellValues.text(p.annualGoal()));
        v.put("indicators", indicators(p.indicators(), styles));
        evaluation(v, p.evaluation(), p.indicators().size(), money, styles, links, index);
        return v;
    }

    /** 专项资金 ☐  经常性项目 ☑  一次性项目 ☐ — or the text itself when it is none of the three. */
    static String categoryBoxes(String category) {
        List<String> ticked = category == null ? List.of() : List.of(category.split("、"));
        if (!CATEGORIES.containsAll(ticked)) {
            return category;
        }
        StringBuilder sb = new StringBuilder();
        for (String c : CATEGORIES) {
            sb.append(sb.isEmpty() ? "" : "  ").append(c).append(ticked.contains(c) ? " ☑" : " ☐");
        }
        return sb.toString();
    }

    private static List<Map<String, Object>> indicators(List<Indicator> list, StyleCache styles) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String group = null;
        int number = 0;
        for (Indicator i : list) {
            String key = i.level1() + "|" + i.level2();
            number = Objects.equals(key, group) ? number + 1 : 1;
            group = key;
            rows.add(indicatorRow(i, "指标" + number + "：" + (i.name() == null ? "" : i.name()), styles));
        }
        if (rows.isEmpty()) {
            // One empty input row, for the unit to start from.
            rows.add(indicatorRow(new Indicator(null, null, null, null, null, null, null, null), null, styles));
        }
        return rows;
    }

    private static Map<String, Object> indicatorRow(Indicator i, String numberedName, StyleCache styles) {
        Map<String, Object> r = new Fields();
        r.put("level1", CellValues.text(i.level1()));
        r.put("level2", CellValues.text(i.level2()));
        r.put("name", CellValues.text(i.name()));
        // The Minhang 目标表 numbers indicators within each 二级 group: 指标1：…, 指标2：…
        r.put("numberedName", CellValues.text(numberedName));
        r.put("target", CellValues.text(i.target()));
        r.put("actual", CellValues.text(i.actual()));
        r.put("points", CellValues.number(i.points(), styles));
        r.put("score", CellValues.number(i.score(), styles));
        r.put("deviation", CellValues.text(i.deviation()));
        return r;
    }

    private static void evaluation(Map<String, Object> v, Evaluation e, int indicatorCount, MoneyUnit money,
                                   StyleCache styles, TocLinks links, int index) {
        Budget b = e == null || e.budget() == null ? Budget.EMPTY : e.budget();
        BudgetRow total = b.total() == null ? BudgetRow.EMPTY : b.total();
        // The 年度资金总额 row's figures, on the form and (as links to it) on the 目录.
        Object initial = CellValues.linked(CellValues.amount(total.initial(), money, styles), links, index, "budget.total.initial");
        Object fullYear = CellValues.linked(CellValues.amount(total.fullYear(), money, styles), links, index, "budget.total.fullYear");
        Object executed = CellValues.linked(CellValues.amount(total.executed(), money, styles), links, index, "budget.total.executed");
        Map<String, Object> budget = new Fields();
        Map<String, Object> totalRow = new Fields();
        totalRow.put("initial", initial);
        totalRow.put("fullYear", fullYear);
        totalRow.put("executed", executed);
        budget.put("total", totalRow);
        budget.put("appropriation", row(b.appropriation(), money, styles));
        budget.put("carryover", row(b.carryover(), money, styles));
        budget.put("other", row(b.other(), money, styles));
        v.put("budget", budget);
        v.put("budgetInitial", initial);
        v.put("budgetFullYear", fullYear);
        v.put("budgetExecuted", executed);
        BigDecimal ratePoints = e == null ? null : e.ratePoints();
        v.put("ratePoints", CellValues.number(ratePoints, styles));
        // What the unit stated is data and is shown as stated; where nothing is stated, the form computes it.
        v.put("rate", e != null && e.rate() != null ? CellValues.text(e.rate())
                : new CellValues.Formula(FormulaKind.RATE, indicatorCount, styles));
        v.put("rateScore", e != null && e.rateScore() != null ? CellValues.number(e.rateScore(), styles)
                : new CellValues.Formula(FormulaKind.RATE_SCORE, indicatorCount, styles));
        v.put("totalScore", CellValues.linked(e != null && e.totalScore() != null ? CellValues.number(e.totalScore(), styles)
                : new CellValues.Formula(FormulaKind.TOTAL_SCORE, indicatorCount, styles), links, index, "totalScore"));
        // On the 目录: the form's 总分, stated or computed (a link to the form's cell).
        v.put("totalScoreShown", CellValues.linked(e == null ? null : CellValues.number(e.totalScore(), styles),
                links, index, "totalScore"));
        v.put("expected", CellValues.text(e == null ? null : e.expected()));
        v.put("achieved", CellValues.text(e == null ? null : e.achieved()));
        int rows = Math.max(1, indicatorCount);
        v.put("pointsTotal", new CellValues.Formula(FormulaKind.POINTS_TOTAL, rows, styles));
        v.put("checkRate", new CellValues.Formula(FormulaKind.CHECK_RATE, rows, styles));
        v.put("checkRateScore", new CellValues.Formula(FormulaKind.CHECK_RATE_SCORE, rows, styles));
        v.put("checkTotalScore", new CellValues.Formula(FormulaKind.CHECK_TOTAL_SCORE, rows, styles));
    }

    private static Map<String, Object> row(BudgetRow r, MoneyUnit money, StyleCache styles) {
        Map<String, Object> m = new Fields();
        m.put("initial", CellValues.amount(r == null ? null : r.initial(), money, styles));
        m.put("fullYear", CellValues.amount(r == null ? null : r.fullYear(), money, styles));
        m.put("executed", CellValues.amount(r == null ? null : r.executed(), money, styles));
        return m;
    }
}
