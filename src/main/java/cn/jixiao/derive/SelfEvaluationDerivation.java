package cn.jixiao.derive;

import cn.jixiao.registry.Budget;
import cn.jixiao.registry.BudgetRow;
import cn.jixiao.registry.Evaluation;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Funds;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A 目标表/申报表 registry turned into the 自评表 registry the same projects come back on at year end:
 * each indicator's 年度指标值 carried over, 分值 spread by the weights, the year's money as 年初预算数
 * and 全年预算数 in 万元 (the self-evaluation's unit), the goals as 预期目标. What only the unit can
 * say (实际完成值, 全年执行数, 得分, 偏差原因) is left empty; 执行率, its 得分 and 总分 are left to the
 * form's formulas. Project ids are kept, so targets and results can be joined.
 */
public final class SelfEvaluationDerivation {

    private final Weights weights;

    public SelfEvaluationDerivation(Weights weights) {
        this.weights = weights;
    }

    public Registry derive(Registry targets) {
        MoneyUnit to = MoneyUnit.WAN_YUAN;
        List<Unit> units = new ArrayList<>();
        for (Unit u : targets.units()) {
            List<Project> projects = new ArrayList<>();
            for (Project p : u.projects()) {
                projects.add(project(p, targets.moneyUnit() == null ? to : targets.moneyUnit(), to));
            }
            units.add(new Unit(u.name(), projects));
        }
        String title = targets.title() == null ? null : targets.title().replace("目标汇总表", "自评汇总表");
        return new Registry(targets.year(), FormFamily.ZIPING, to, title, units);
    }

    private Project project(Project p, MoneyUnit from, MoneyUnit to) {
        List<Integer> points = PointsSpread.of(p.indicators(), weights);
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < p.indicators().size(); i++) {
            Indicator t = p.indicators().get(i);
            indicators.add(new Indicator(t.level1(), t.level2(), t.name(), t.target(), null,
                    BigDecimal.valueOf(points.get(i)), null, null));
        }
        Funds f = p.funds();
        Budget budget = f == null ? null : new Budget(row(f.annualTotal(), from, to), row(f.appropriation(), from, to),
                row(f.carryover(), from, to), row(f.annualOther(), from, to));
        Evaluation e = new Evaluation(budget, BigDecimal.valueOf(weights.rate()), null, null, p.annualGoal(), null, null);
        return new Project(p.id(), p.name(), null, p.department(), null, null, null, null, null, null, null, e,
                indicators);
    }

    private static BudgetRow row(BigDecimal amount, MoneyUnit from, MoneyUnit to) {
        BigDecimal v = from.convert(amount, to);
        return v == null ? null : new BudgetRow(v, v, null);
    }
}
