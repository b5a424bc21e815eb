package cn.jixiao.rollup;

import cn.jixiao.read.ReturnedProject;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns the projects kept for the book, in order, into the rows of one table and hands them to
 * its sinks, closing each implementing unit with its subtotal (or average) row. Projects are
 * loaded from the spool one at a time.
 */
final class Feed {

    enum Table { SUMMARY, SELF_EVALUATION, INDICATORS }

    private final Spool spool;
    private final List<Spool.Entry> kept;
    private final MoneyUnit money;
    private final Map<Integer, String> sheets;

    Feed(Spool spool, List<Spool.Entry> kept, MoneyUnit money, Map<Integer, String> sheets) {
        this.spool = spool;
        this.kept = kept;
        this.money = money;
        this.sheets = sheets;
    }

    static boolean belongs(Table table, FormFamily family) {
        return switch (table) {
            case SUMMARY -> family != FormFamily.ZIPING;
            case SELF_EVALUATION -> family == FormFamily.ZIPING;
            case INDICATORS -> true;
        };
    }

    boolean any(Table table) {
        return kept.stream().anyMatch(e -> belongs(table, e.family()));
    }

    void run(Table table, List<RowSink> sinks) {
        String unit = null;
        int inUnit = 0;
        int index = 0;
        Map<Grade, Integer> unitGrades = new EnumMap<>(Grade.class);
        Map<Grade, Integer> allGrades = new EnumMap<>(Grade.class);
        for (Spool.Entry e : kept) {
            if (!belongs(table, e.family())) {
                continue;
            }
            if (unit != null && !unit.equals(e.unit())) {
                close(sinks, table, unit, inUnit, unitGrades);
                inUnit = 0;
                unitGrades.clear();
            }
            unit = e.unit();
            ReturnedProject r = spool.load(e);
            index++;
            inUnit++;
            switch (table) {
                case SUMMARY -> emit(sinks, Figures.summary(index, r, money, sheets.get(e.seq())));
                case SELF_EVALUATION -> {
                    Map<String, Object> row = Figures.selfEvaluation(index, r, money, sheets.get(e.seq()));
                    if (row.get("grade") != null) {
                        Grade g = Grade.valueOf((String) row.get("grade"));
                        unitGrades.merge(g, 1, Integer::sum);
                        allGrades.merge(g, 1, Integer::sum);
                    }
                    emit(sinks, row);
                }
                case INDICATORS -> {
                    for (Indicator i : r.project().indicators()) {
                        emit(sinks, Figures.indicator(r, i));
                    }
                }
            }
        }
        if (unit != null) {
            close(sinks, table, unit, inUnit, unitGrades);
        }
        Map<String, Object> total = table == Table.SELF_EVALUATION
                ? Map.of("label", "全部项目平均（" + index + " 个项目）", "grades", grades(allGrades))
                : Map.of("label", "合计（" + index + " 个项目）");
        sinks.forEach(s -> s.finish(total));
    }

    private static void emit(List<RowSink> sinks, Map<String, Object> row) {
        sinks.forEach(s -> s.item(row));
    }

    private static void close(List<RowSink> sinks, Table table, String unit, int count, Map<Grade, Integer> grades) {
        Map<String, Object> row = table == Table.SELF_EVALUATION
                ? Map.of("label", unit + " 平均（" + count + " 个项目）", "grades", grades(grades))
                : Map.of("label", unit + " 小计（" + count + " 个项目）");
        sinks.forEach(s -> s.closeGroup(row));
    }

    /** 优 2　良 1　中 0　差 0 */
    private static String grades(Map<Grade, Integer> counts) {
        return java.util.Arrays.stream(Grade.values())
                .map(g -> g.name() + " " + counts.getOrDefault(g, 0)).collect(Collectors.joining("　"));
    }

}
