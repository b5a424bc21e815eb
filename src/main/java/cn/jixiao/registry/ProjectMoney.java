package cn.jixiao.registry;

/**
 * A project's amounts restated in another money unit, exactly (元 ↔ 万元 moves the decimal point).
 * Scores and points are not money and stay as they are.
 */
public final class ProjectMoney {

    private ProjectMoney() {
    }

    public static Project convert(Project p, MoneyUnit from, MoneyUnit to) {
        if (from == to || from == null || to == null) {
            return p;
        }
        Funds f = p.funds() == null ? null : new Funds(from.convert(p.funds().total(), to),
                from.convert(p.funds().fiscal(), to), from.convert(p.funds().other(), to),
                from.convert(p.funds().annualTotal(), to), from.convert(p.funds().appropriation(), to),
                from.convert(p.funds().carryover(), to), from.convert(p.funds().annualOther(), to));
        Evaluation e = p.evaluation();
        if (e != null && e.budget() != null) {
            Budget b = e.budget();
            e = new Evaluation(new Budget(row(b.total(), from, to), row(b.appropriation(), from, to),
                    row(b.carryover(), from, to), row(b.other(), from, to)),
                    e.ratePoints(), e.rate(), e.rateScore(), e.expected(), e.achieved(), e.totalScore());
        }
        return new Project(p.id(), p.name(), p.form(), p.department(), p.nature(), p.category(), p.start(), p.end(),
                f, p.overallGoal(), p.annualGoal(), e, p.indicators());
    }

    private static BudgetRow row(BudgetRow r, MoneyUnit from, MoneyUnit to) {
        return r == null ? null : new BudgetRow(from.convert(r.initial(), to), from.convert(r.fullYear(), to),
                from.convert(r.executed(), to));
    }
}
