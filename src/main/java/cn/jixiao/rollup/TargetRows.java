package cn.jixiao.rollup;

import cn.jixiao.indicator.Attainment;
import cn.jixiao.indicator.IndicatorValue;
import cn.jixiao.indicator.ParsedValues;
import cn.jixiao.read.ReturnedProject;
import cn.jixiao.registry.Evaluation;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.ProjectIndex;
import cn.jixiao.registry.Registry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 目标与结果 table: every self-evaluated indicator beside the target it was set (from the target
 * registry, matched by project id, else unit and name, then by indicator name), whether it was met
 * (by the indicator value grammar; words compared as words), its points, score and the score the
 * rules suggest. Projects that want a look come first: 执行率 under 90%, or a score below full with
 * no 偏差原因.
 */
final class TargetRows {

    private static final BigDecimal NINETY_PERCENT = new BigDecimal("0.9");

    private TargetRows() {
    }

    static void write(RowSink sink, Spool spool, List<Spool.Entry> kept, Registry targets) {
        ProjectIndex index = ProjectIndex.of(targets);
        List<Spool.Entry> attention = new ArrayList<>();
        List<Spool.Entry> rest = new ArrayList<>();
        Map<Integer, String> why = new HashMap<>();
        // Targets and results read once each, as the indicator table and the checks read them.
        ParsedValues values = new ParsedValues();
        for (Spool.Entry e : kept) {
            String reason = attention(spool.load(e).project());
            (reason.isEmpty() ? rest : attention).add(e);
            why.put(e.seq(), reason);
        }
        for (List<Spool.Entry> group : List.of(attention, rest)) {
            for (Spool.Entry e : group) {
                ReturnedProject r = spool.load(e);
                Project target = index.find(r.project().id(), r.unit(), r.project().name());
                for (Indicator i : r.project().indicators()) {
                    sink.item(row(r, i, target, why.get(e.seq()), values));
                }
            }
        }
    }

    private static Map<String, Object> row(ReturnedProject r, Indicator i, Project target, String attention,
                                           ParsedValues values) {
        String targetValue = i.target();
        if (target != null) {
            targetValue = target.indicators().stream().filter(t -> Objects.equals(t.name(), i.name()))
                    .findFirst().map(Indicator::target).orElse(i.target());
        }
        IndicatorValue t = values.apply(targetValue);
        IndicatorValue a = values.apply(i.actual());
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", r.unit());
        row.put("project", r.project().name());
        row.put("attention", attention);
        row.put("level1", i.level1());
        row.put("level2", i.level2());
        row.put("name", i.name());
        row.put("target", targetValue);
        row.put("actual", i.actual());
        row.put("met", i.actual() == null ? null : switch (Attainment.met(t, a)) {
            case MET -> "达成";
            case NOT_MET -> "未达成";
            case UNKNOWN -> "无法判断";
        });
        row.put("points", i.points());
        row.put("score", i.score());
        row.put("suggested", i.points() == null ? null : Attainment.suggestedScore(t, a, i.points()).orElse(null));
        row.put("deviation", i.deviation());
        return row;
    }

    /** Why a project wants a look first, or "" when it does not. */
    static String attention(Project p) {
        List<String> reasons = new ArrayList<>();
        Evaluation e = p.evaluation();
        BigDecimal rate = e == null ? null : e.effectiveRate();
        if (rate != null && rate.compareTo(NINETY_PERCENT) < 0) {
            reasons.add("执行率 " + rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
                    + "% 低于 90%");
        }
        boolean unexplained = p.indicators().stream().anyMatch(i -> i.score() != null && i.points() != null
                && i.score().compareTo(i.points()) < 0 && (i.deviation() == null || i.deviation().isBlank()));
        if (unexplained) {
            reasons.add("得分低于分值未说明原因");
        }
        return String.join("；", reasons);
    }
}
