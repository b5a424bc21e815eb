package cn.jixiao.rollup;

import cn.jixiao.indicator.IndicatorValue;
import cn.jixiao.indicator.IndicatorValues;
import cn.jixiao.read.ReturnedProject;
import cn.jixiao.registry.BudgetRow;
import cn.jixiao.registry.Evaluation;
import cn.jixiao.registry.Funds;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The values of a project's rows in the summary book, by marker name: money restated exactly in
 * the book's unit, and for self-evaluations the figures the form computes when the unit did not
 * state them (执行率 = 全年执行数 ÷ 全年预算数, its 得分 capped at its 分值, 总分, grade).
 */
final class Figures {

    private Figures() {
    }

    static Map<String, Object> summary(int index, ReturnedProject r, MoneyUnit to, String sheet) {
        Project p = r.project();
        Funds f = Funds.of(p);
        MoneyUnit from = r.moneyUnit();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("index", BigDecimal.valueOf(index));
        v.put("unit", r.unit());
        v.put("name", sheet == null ? p.name() : new Link(p.name(), sheet));
        v.put("nature", p.nature());
        v.put("category", p.category());
        v.put("period", p.start() == null && p.end() == null ? null
                : Objects.toString(p.start(), "") + "–" + Objects.toString(p.end(), ""));
        v.put("total", money(from, f.total(), to));
        v.put("annualTotal", money(from, f.annualTotal(), to));
        v.put("appropriation", money(from, f.appropriation(), to));
        v.put("carryover", money(from, f.carryover(), to));
        v.put("annualOther", money(from, f.annualOther(), to));
        return v;
    }

    static Map<String, Object> selfEvaluation(int index, ReturnedProject r, MoneyUnit to, String sheet) {
        Project p = r.project();
        Evaluation e = p.evaluation() == null ? Evaluation.EMPTY : p.evaluation();
        BudgetRow total = e.budget() == null || e.budget().total() == null ? BudgetRow.EMPTY
                : e.budget().total();
        MoneyUnit from = r.moneyUnit();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("index", BigDecimal.valueOf(index));
        v.put("unit", r.unit());
        v.put("name", sheet == null ? p.name() : new Link(p.name(), sheet));
        v.put("initial", money(from, total.initial(), to));
        v.put("fullYear", money(from, total.fullYear(), to));
        v.put("executed", money(from, total.executed(), to));
        v.put("rate", e.effectiveRate());
        BigDecimal rateScore = e.effectiveRateScore();
        v.put("rateScore", rateScore);
        BigDecimal indicators = p.indicators().stream().map(Indicator::score).filter(Objects::nonNull)
                .reduce(BigDecimal::add).orElse(null);
        v.put("indicatorScore", indicators);
        BigDecimal totalScore = e.totalScore() != null ? e.totalScore()
                : rateScore == null && indicators == null ? null
                : zero(rateScore).add(zero(indicators));
        v.put("totalScore", totalScore);
        v.put("grade", totalScore == null ? null : Grade.of(totalScore).name());
        return v;
    }

    static Map<String, Object> indicator(ReturnedProject r, Indicator i) {
        return indicator(r, i, IndicatorValues::parse);
    }

    /** The same, with the target read by parse (a caller may remember the targets it has read). */
    static Map<String, Object> indicator(ReturnedProject r, Indicator i, Function<String, IndicatorValue> parse) {
        IndicatorValue target = parse.apply(i.target());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("unit", r.unit());
        v.put("project", r.project().name());
        v.put("level1", i.level1());
        v.put("level2", i.level2());
        v.put("name", i.name());
        v.put("target", i.target());
        v.put("operator", target.isQuantitative() ? target.operatorSymbol() : null);
        v.put("number", target.number());
        v.put("measure", target.isQuantitative() && !target.unit().isEmpty() ? target.unit() : null);
        v.put("kind", switch (target.kind()) {
            case QUANTITATIVE -> "定量";
            case QUALITATIVE -> "定性";
            case SCHEDULE -> "时限";
            case EMPTY -> null;
            case UNPARSEABLE -> "无法解析";
        });
        v.put("actual", i.actual());
        v.put("points", i.points());
        v.put("score", i.score());
        return v;
    }

    /** An amount in the book's unit as every table shows it: two decimals, more when it has more. */
    private static BigDecimal money(MoneyUnit from, BigDecimal amount, MoneyUnit to) {
        return MoneyUnit.shown(from.convert(amount, to));
    }

    private static BigDecimal zero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }

    /** A cell's text that links to a sheet of the book. */
    record Link(String text, String sheet) {
        @Override
        public String toString() {
            return text;
        }
    }
}
