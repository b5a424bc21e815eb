package cn.jixiao.read;

import cn.jixiao.registry.Budget;
import cn.jixiao.registry.BudgetRow;
import cn.jixiao.registry.Evaluation;
import cn.jixiao.registry.Funds;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The values read from one form, by template field name, turned into the registry's records at
 * the end. A group of fields all empty gives no record at all, as in a registry where they are
 * simply absent.
 */
final class ProjectDraft {

    private final Map<String, Object> values = new HashMap<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final Map<String, String> cells = new java.util.LinkedHashMap<>();
    private final ValuePool pool;
    /** Names the cells values are read from; null when they are not recorded. */
    private final CellNames names;

    /**
     * pool: where the values kept are shared with other forms' equal ones; names: what names the
     * cells values were read from, or null when they are not recorded (a batch that only builds the
     * registry needs none).
     */
    ProjectDraft(ValuePool pool, CellNames names) {
        this.pool = pool;
        this.names = names;
    }

    void put(String field, Object value) {
        if (value != null) {
            values.putIfAbsent(field, pool.share(value));
        }
    }

    /** Records the cell a project field was read from (row and column counted from 0). */
    void projectCell(String field, int row, int col) {
        String path = names == null ? null : names.projectPath(field);
        if (path != null) {
            cells.putIfAbsent(path, names.cell(row, col));
        }
    }

    /** Records the cell a field of the indicator about to be added was read from. */
    void indicatorCell(String field, int row, int col) {
        if (names != null) {
            cells.putIfAbsent(names.indicatorPath(indicators.size(), field), names.cell(row, col));
        }
    }

    Map<String, String> cells() {
        return cells;
    }

    boolean has(String field) {
        return values.containsKey(field);
    }

    String text(String field) {
        Object v = values.get(field);
        return v == null ? null : v.toString();
    }

    void add(Indicator i) {
        if (!pool.pooling()) {
            indicators.add(i); // check, diff, rollup and the desk read without a pool: nothing to rebuild
            return;
        }
        // A row equal to one another form has (满意度指标 ≥90%) is held once, and so is each of its texts.
        indicators.add(pool.share(new Indicator(pool.share(i.level1()), pool.share(i.level2()), pool.share(i.name()),
                pool.share(i.target()), pool.share(i.actual()), pool.share(i.points()), pool.share(i.score()),
                pool.share(i.deviation()))));
    }

    Project build(String id) {
        String category = text("p.category") != null ? text("p.category") : text("p.categoryBoxes");
        return new Project(id, text("p.name"), null, text("p.department"), text("p.nature"), category,
                text("p.start"), text("p.end"), funds(), text("p.overallGoal"), text("p.annualGoal"), evaluation(),
                indicators);
    }

    private Funds funds() {
        Funds f = new Funds(amount("p.total"), amount("p.fiscal"), amount("p.other"), amount("p.annualTotal"),
                amount("p.appropriation"), amount("p.carryover"), amount("p.annualOther"));
        return allNull(f.total(), f.fiscal(), f.other(), f.annualTotal(), f.appropriation(), f.carryover(),
                f.annualOther()) ? null : f;
    }

    private Evaluation evaluation() {
        Budget b = new Budget(row("total"), row("appropriation"), row("carryover"), row("other"));
        Budget budget = allNull(b.total(), b.appropriation(), b.carryover(), b.other()) ? null : b;
        Evaluation e = new Evaluation(budget, amount("p.ratePoints"), text("p.rate"), amount("p.rateScore"),
                text("p.expected"), text("p.achieved"), amount("p.totalScore"));
        return allNull(e.budget(), e.ratePoints(), e.rate(), e.rateScore(), e.expected(), e.achieved(),
                e.totalScore()) ? null : e;
    }

    private BudgetRow row(String name) {
        String p = "p.budget." + name + ".";
        BudgetRow r = new BudgetRow(amount(p + "initial"), amount(p + "fullYear"), amount(p + "executed"));
        return allNull(r.initial(), r.fullYear(), r.executed()) ? null : r;
    }

    private BigDecimal amount(String field) {
        return values.get(field) instanceof BigDecimal d ? d : null;
    }

    private static boolean allNull(Object... parts) {
        return Stream.of(parts).allMatch(Objects::isNull);
    }
}
