package cn.jixiao.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project registry: the data contract between fill, read, rollup and check
 * (docs/registry.md). Amounts are in {@link #moneyUnit()} throughout.
 */
@JsonPropertyOrder({"year", "form", "money_unit", "title", "units"})
public record Registry(Integer year, FormFamily form, MoneyUnit moneyUnit, String title, List<Unit> units) {

    public Registry {
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** Every project with its unit, in registry order. */
    public Stream<UnitProject> projects() {
        return units.stream().flatMap(u -> u.projects().stream().map(p -> new UnitProject(u, p)));
    }

    /** The form family of one project: its own override, else the registry's. */
    public FormFamily formOf(Project project) {
        return project.form() != null ? project.form() : form;
    }

    public Registry withUnits(List<Unit> newUnits) {
        return new Registry(year, form, moneyUnit, title, newUnits);
    }

    /** A project together with the unit it belongs to. */
    public record UnitProject(Unit unit, Project project) {
    }
}
