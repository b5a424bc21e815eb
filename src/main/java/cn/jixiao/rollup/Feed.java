package cn.jixiao.rollup;

import cn.jixiao.read.ReturnedProject;
import cn.jixiao.indicator.ParsedValues;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.template.RollupTemplate;
import cn.jixiao.util.InOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns the projects kept for the book, in order, into the rows of one table and hands them to
 * its sinks, closing each implementing unit with its subtotal (or average) row. Projects are
 * loaded from the spool a few at a time, once for all the tables that are written together.
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

    /**
     * Projects worked out in one go on a worker thread: one at a time, handing each over and
     * waking the writing thread cost about a tenth of the tables' time. InOrder keeps two of
     * these a core in flight, some sixty projects' rows (about a megabyte), whatever the rollup's size.
     */
    private static final int CHUNK = 16;

    private final Spool spool;
    private final List<Spool.Entry> kept;
    private final MoneyUnit money;
    private final Map<Integer, String> sheets;
    /** Targets read so far, for the indicator table and the checks alike (projects are worked out on several threads). */
    private final ParsedValues values = new ParsedValues();

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
     * What else is made of each project beside the tables' rows (问题清单's findings): made on a
     * worker thread, taken on the caller's in the book's order.
     */
    interface Also<T> {
        /** Made on a worker thread; indicator values are read through values, shared with the tables. */
        T make(ReturnedProject r, ParsedValues values);

        void take(T made);
    }

    /** One project's place in the book: the entry, and its number in each table it belongs to. */
    private record Item(Spool.Entry entry, int[] index) {
    }

    /** What was made of one project: each table's rows, and what else was asked for. */
    private record Made<T>(Spool.Entry entry, Map<Table, List<Row>> rows, T also) {
    }

    /** A row's values, and the row as each sink of its table made it ready to put in. */
    private record Row(Map<String, Object> values, List<RowSink.Ready> ready) {
    }

    /**
     * Several tables in one pass over the projects, each project loaded from the spool once (not
     * once a table). Loading a project and working out its rows (and what else is asked) runs on
     * the cores beside the caller's thread, which takes the results in the book's order and writes
     * them, so the tables come out exactly as a one-by-one loop writes them.
     */
    <T> void run(Map<Table, List<RowSink>> tables, Also<T> also) {
        List<Run> runs = new ArrayList<>();
        tables.forEach((t, sinks) -> runs.add(new Run(t, sinks)));
        int[] counted = new int[Table.values().length];
        List<Item> items = new ArrayList<>();
        for (Spool.Entry e : kept) {
            int[] index = new int[counted.length];
            boolean wanted = also != null;
            for (Run run : runs) {
                if (belongs(run.table, e.family())) {
                    index[run.table.ordinal()] = ++counted[run.table.ordinal()];
                    wanted = true;
                }
            }
            if (wanted) {
                items.add(new Item(e, index));
            }
        }
        List<List<Item>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += CHUNK) {
            chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
        }
        InOrder.map(chunks, InOrder.threads(chunks.size()),
                chunk -> chunk.stream().map(item -> make(item, runs, also)).toList(), done -> {
            if (done.error() != null) {
                throw done.error();
            }
            for (Made<T> made : done.result()) {
                for (Run run : runs) {
                    List<Row> rows = made.rows().get(run.table);
                    if (rows != null) {
                        run.take(made.entry(), rows);
                    }
                }
                if (also != null) {
                    also.take(made.also());
                }
            }
        });
        runs.forEach(Run::end);
    }

    /** Safe on any thread: reads the spool and the project alone. */
    private <T> Made<T> make(Item item, List<Run> runs, Also<T> also) {
        Spool.Entry e = item.entry();
        ReturnedProject r = spool.load(e);
        Map<Table, List<Row>> rows = new EnumMap<>(Table.class);
        for (Run run : runs) {
            if (belongs(run.table, e.family())) {
                rows.put(run.table, rows(run.table, e, r, item.index()[run.table.ordinal()]).stream()
                        .map(v -> new Row(v, run.sinks.stream().map(s -> s.ready(v)).toList())).toList());
            }
        }
        return new Made<>(e, rows, also == null ? null : also.make(r, values));
    }

    /** A project's rows in a table, where it is the index-th project. */
    private List<Map<String, Object>> rows(Table table, Spool.Entry e, ReturnedProject r, int index) {
        return switch (table) {
            case SUMMARY -> List.of(Figures.summary(index, r, money, sheets.get(e.seq())));
            case SELF_EVALUATION -> List.of(Figures.selfEvaluation(index, r, money, sheets.get(e.seq())));
            case INDICATORS -> r.project().indicators().stream().map(i -> Figures.indicator(r, i, values)).toList();
        };
    }

    /** One table as the projects go past: its unit, the projects counted so far and their grades. */
    private static final class Run {
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

        void take(Spool.Entry e, List<Row> rows) {
            if (unit != null && !unit.equals(e.unit())) {
                close(sinks, table, unit, inUnit, unitGrades);
                inUnit = 0;
                unitGrades.clear();
            }
            unit = e.unit();
            index++;
            inUnit++;
            for (Row row : rows) {
                Object grade = row.values().get("grade");
                if (table == Table.SELF_EVALUATION && grade != null) {
                    Grade g = Grade.valueOf((String) grade);
                    unitGrades.merge(g, 1, Integer::sum);
                    allGrades.merge(g, 1, Integer::sum);
                }
                row.ready().forEach(RowSink.Ready::put);
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
