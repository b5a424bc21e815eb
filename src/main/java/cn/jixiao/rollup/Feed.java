package cn.jixiao.rollup;

import cn.jixiao.read.ReturnedProject;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.template.RollupTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Turns the projects kept for the book, in order, into the rows of one table and hands them to
 * its sinks, closing each implementing unit with its subtotal (or average) row. Projects are
 * loaded from the spool one at a time, once for all the tables that are written together.
 */
final class Feed {

    enum Table {
        SUMMARY, SELF_EVALUATION, INDICATORS;

        /** The table's sheet in the book's template. */
        String sheet() {
            return switch (this) {
                case SUMMARY -> RollupTemplate.SUMMARY;
                case SELF_EVALUATION -> RollupTemplate.SELF_EVALUATION;
                case INDICATORS -> RollupTemplate.INDICATORS;
            };
        }
    }

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
        Map<Table, List<RowSink>> one = new EnumMap<>(Table.class);
        one.put(table, sinks);
        run(one, null);
    }

    /**
     * Several tables in one pass over the projects, each project loaded from the spool once (not
     * once a table) and handed to every table it belongs to, then to each (when given), in the
     * book's order.
     */
    void run(Map<Table, List<RowSink>> tables, Consumer<ReturnedProject> each) {
        List<Run> runs = new ArrayList<>();
        tables.forEach((t, sinks) -> runs.add(new Run(t, sinks)));
        for (Spool.Entry e : kept) {
            ReturnedProject r = null;
            for (Run run : runs) {
                if (belongs(run.table, e.family())) {
                    r = r != null ? r : spool.load(e);
                    run.project(e, r);
                }
            }
            if (each != null) {
                each.accept(r != null ? r : spool.load(e));
            }
        }
        runs.forEach(Run::end);
    }

    /** One table as the projects go past: its unit, the projects counted so far and their grades. */
    private final class Run {
        private final Table table;
        private final List<RowSink> sinks;
        private String unit;
        private int inUnit;
        private int index;
        private final Map<Grade, Integer> unitGrades = new EnumMap<>(Grade.class);
        private final Map<Grade, Integer> allGrades = new EnumMap<>(Grade.class);

        Run(Table table, List<RowSink> sinks) {
            this.table = table;
            this.sinks = sinks;
        }

        void project(Spool.Entry e, ReturnedProject r) {
            if (unit != null && !unit.equals(e.unit())) {
                close(sinks, table, unit, inUnit, unitGrades);
                inUnit = 0;
                unitGrades.clear();
            }
            unit = e.unit();
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

        void end() {
            if (unit != null) {
                close(sinks, table, unit, inUnit, unitGrades);
            }
            Map<String, Object> total = table == Table.SELF_EVALUATION
                    ? Map.of("label", "全部项目" + sumAndAverage(index, allGrades), "grades", grades(allGrades))
                    : Map.of("label", "合计（" + index + " 个项目）");
            sinks.forEach(s -> s.finish(total));
        }
    }

    private static void emit(List<RowSink> sinks, Map<String, Object> row) {
        sinks.forEach(s -> s.item(row));
    }

    private static void close(List<RowSink> sinks, Table table, String unit, int count, Map<Grade, Integer> grades) {
        Map<String, Object> row = table == Table.SELF_EVALUATION
                ? Map.of("label", unit + " " + sumAndAverage(count, grades), "grades", grades(grades))
                : Map.of("label", unit + " 小计（" + count + " 个项目）");
        sinks.forEach(s -> s.closeGroup(row));
    }

    /**
     * What a closing row of 自评汇总 does: its money columns add up, its 总分 is the average of the
     * projects that have one (a graded project has a 总分), as SUBTOTAL(1, …) skips blanks.
     */
    private static String sumAndAverage(int projects, Map<Grade, Integer> grades) {
        int scored = grades.values().stream().mapToInt(Integer::intValue).sum();
        return "（" + projects + " 个项目：金额为合计，总分为 " + scored + " 个已评分项目的平均）";
    }

    /** 优 2　良 1　中 0　差 0 */
    private static String grades(Map<Grade, Integer> counts) {
        return java.util.Arrays.stream(Grade.values())
                .map(g -> g.name() + " " + counts.getOrDefault(g, 0)).collect(Collectors.joining("　"));
    }

}
