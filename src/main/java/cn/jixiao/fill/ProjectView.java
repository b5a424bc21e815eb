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

    static Map<String, Object> of(int index, Unit unit, Project p, MoneyUnit money, StyleCache styles) {
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
        v.put("total", CellValues.amount(f.total(), money, styles));
        v.put("fiscal", CellValues.amount(f.fiscal(), money, styles));
        v.put("other", CellValues.amount(f.other(), money, styles));
        v.put("annualTotal", CellValues.amount(f.annualTotal(), money, styles));
        v.put("appropriation", CellValues.amount(f.appropriation(), money, styles));
        v.put("carryover", CellValues.amount(f.carryover(), money, styles));
        v.put("annualOther", CellValues.amount(f.annualOther(), money, styles));
        v.put("overallGoal", CellValues.text(p.overallGoal()));
        v.put("annualGoal", CellValues.text(p.annualGoal()));
        v.put("indicators", indicators(p.indicators(), styles));
        evaluation(v, p.evaluation(), p.indicators().size(), money, styles);
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
        r.put("suggestedScore", CellValues.number(suggested(i), styles));
        return r;
    }

    /** The score the rules suggest for a stated result (met: full points; else actual ÷ target × points). */
    private static BigDecimal suggested(Indicator i) {
        if (i.points() == null || i.actual() == null) {
            return null;
        }
        return cn.jixiao.indicator.Attainment.suggestedScore(cn.jixiao.indicator.IndicatorValues.parse(i.target()),
                cn.jixiao.indicator.IndicatorValues.parse(i.actual()), i.points()).orElse(null);
    }

    private static void evaluation(Map<String, Object> v, Evaluation e, int indicatorCount, MoneyUnit money,
                                   StyleCache styles) {
        Budget b = e == null || e.budget() == null ? Budget.EMPTY : e.budget();
        Map<String, Object> budget = new Fields();
        budget.put("total", row(b.total(), money, styles));
        budget.put("appropriation", row(b.appropriation(), money, styles));
        budget.put("carryover", row(b.carryover(), money, styles));
        budget.put("other", row(b.other(), money, styles));
        v.put("budget", budget);
        BudgetRow total = b.total() == null ? BudgetRow.EMPTY : b.total();
        v.put("budgetInitial", CellValues.amount(total.initial(), money, styles));
        v.put("budgetFullYear", CellValues.amount(total.fullYear(), money, styles));
        v.put("budgetExecuted", CellValues.amount(total.executed(), money, styles));
        BigDecimal ratePoints = e == null ? null : e.ratePoints();
        v.put("ratePoints", CellValues.number(ratePoints, styles));
        // What the unit stated is data and is shown as stated; where nothing is stated, the form computes it.
        v.put("rate", e != null && e.rate() != null ? CellValues.text(e.rate())
                : new CellValues.Formula(FormulaKind.RATE, indicatorCount));
        v.put("rateScore", e != null && e.rateScore() != null ? CellValues.number(e.rateScore(), styles)
                : new CellValues.Formula(FormulaKind.RATE_SCORE, indicatorCount));
        v.put("totalScore", e != null && e.totalScore() != null ? CellValues.number(e.totalScore(), styles)
                : new CellValues.Formula(FormulaKind.TOTAL_SCORE, indicatorCount));
        v.put("totalScoreShown", e == null ? null : CellValues.number(e.totalScore(), styles));
        v.put("expected", CellValues.text(e == null ? null : e.expected()));
        v.put("achieved", CellValues.text(e == null ? null : e.achieved()));
        int rows = Math.max(1, indicatorCount);
        v.put("pointsTotal", new CellValues.Formula(FormulaKind.POINTS_TOTAL, rows));
        v.put("checkRate", new CellValues.Formula(FormulaKind.CHECK_RATE, rows));
        v.put("checkRateScore", new CellValues.Formula(FormulaKind.CHECK_RATE_SCORE, rows));
        v.put("checkTotalScore", new CellValues.Formula(FormulaKind.CHECK_TOTAL_SCORE, rows));
    }

    private static Map<String, Object> row(BudgetRow r, MoneyUnit money, StyleCache styles) {
        Map<String, Object> m = new Fields();
        m.put("initial", r == null ? null : CellValues.amount(r.initial(), money, styles));
        m.put("fullYear", r == null ? null : CellValues.amount(r.fullYear(), money, styles));
        m.put("executed", r == null ? null : CellValues.amount(r.executed(), money, styles));
        return m;
    }
}
