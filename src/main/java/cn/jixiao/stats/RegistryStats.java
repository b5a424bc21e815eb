package cn.jixiao.stats;

import cn.jixiao.registry.Budget;
import cn.jixiao.registry.BudgetRow;
import cn.jixiao.registry.Funds;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures {@code jixiao stats} shows for one registry. Money sums are in the registry's own
 * unit, with two decimals as everywhere (more when the registry has more); a sum over a column
 * that no project filled is absent rather than zero.
 */
public record RegistryStats(
        String file,
        String form,
        Integer year,
        String moneyUnit,
        int units,
        int projects,
        int indicators,
        Map<String, Integer> indicatorsByLevel1,
        Map<String, BigDecimal> money) {

    /** The order 一级指标 are listed in: the newer framework's, then whatever else a registry uses. */
    static final List<String> LEVEL1_ORDER = List.of("成本指标", "产出指标", "效益指标", "满意度指标");

    public static RegistryStats of(String file, Registry registry) {
        List<Project> projects = registry.projects().map(Registry.UnitProject::project).toList();
        Map<String, Integer> byLevel1 = new LinkedHashMap<>();
        LEVEL1_ORDER.forEach(l -> byLevel1.put(l, 0));
        int indicators = 0;
        for (Project p : projects) {
            for (Indicator i : p.indicators()) {
                indicators++;
                String level1 = i.level1() == null ? "（未填）" : i.level1();
                byLevel1.merge(level1, 1, Integer::sum);
            }
        }
        byLevel1.values().removeIf(n -> n == 0);

        Map<String, BigDecimal> money = new LinkedHashMap<>();
        sum(money, "total", projects, funds(Funds::total));
        sum(money, "annual_total", projects, funds(Funds::annualTotal));
        sum(money, "appropriation", projects, funds(Funds::appropriation));
        sum(money, "carryover", projects, funds(Funds::carryover));
        sum(money, "annual_other", projects, funds(Funds::annualOther));
        sum(money, "budget_initial", projects, budgetTotal(BudgetRow::initial));
        sum(money, "budget_full_year", projects, budgetTotal(BudgetRow::fullYear));
        sum(money, "budget_executed", projects, budgetTotal(BudgetRow::executed));

        return new RegistryStats(file, registry.form() == null ? null : registry.form().shortName(),
                registry.year(), registry.moneyUnit() == null ? null : registry.moneyUnit().label(),
                registry.units().size(), projects.size(), indicators, byLevel1, money);
    }

    private static Function<Project, BigDecimal> funds(Function<Funds, BigDecimal> field) {
        return p -> p.funds() == null ? null : field.apply(p.funds());
    }

    private static Function<Project, BigDecimal> budgetTotal(Function<BudgetRow, BigDecimal> field) {
        return p -> {
            if (p.evaluation() == null || p.evaluation().budget() == null) {
                return null;
            }
            Budget b = p.evaluation().budget();
            return b.total() == null ? null : field.apply(b.total());
        };
    }

    private static void sum(Map<String, BigDecimal> into, String key, List<Project> projects,
                            Function<Project, BigDecimal> amount) {
        BigDecimal total = null;
        for (Project p : projects) {
            BigDecimal a = amount.apply(p);
            if (a != null) {
                total = total == null ? a : total.add(a);
            }
        }
        if (total != null) {
            into.put(key, MoneyUnit.shown(total));
        }
    }
}
