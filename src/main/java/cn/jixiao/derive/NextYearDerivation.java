package cn.jixiao.derive;

import cn.jixiao.grid.TypedDate;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Next year's registry from this year's: the year moved on, the same units, projects, indicators
 * and targets, dates a year later (written in the style they were written in), amounts kept or
 * cleared, and new ids (a new year's packs are new packs). What belonged to this year's results
 * (实际完成值, 得分, 偏差原因) is not carried.
 */
public final class NextYearDerivation {

    private final boolean keepAmounts;

    public NextYearDerivation(boolean keepAmounts) {
        this.keepAmounts = keepAmounts;
    }

    public Registry derive(Registry r) {
        int year = r.year() == null ? 0 : r.year();
        List<Unit> units = new ArrayList<>();
        for (Unit u : r.units()) {
            List<Project> projects = new ArrayList<>();
            for (Project p : u.projects()) {
                List<Indicator> indicators = p.indicators().stream().map(i -> new Indicator(i.level1(), i.level2(),
                        i.name(), i.target(), null, i.points(), null, null)).toList();
                projects.add(new Project(null, p.name(), p.form(), p.department(), p.nature(), p.category(),
                        later(p.start()), later(p.end()), keepAmounts ? p.funds() : null, p.overallGoal(),
                        p.annualGoal(), keepAmounts ? p.evaluation() : null, indicators));
            }
            units.add(new Unit(u.name(), projects));
        }
        String title = r.title() == null || r.year() == null ? r.title()
                : r.title().replace(String.valueOf(year), String.valueOf(year + 1));
        return new Registry(r.year() == null ? null : year + 1, r.form(), r.moneyUnit(), title, units);
    }

    /** A date a year on, in its own style; text that is no date is kept as it is. */
    static String later(String date) {
        if (date == null) {
            return null;
        }
        Optional<TypedDate> d = TypedDate.parse(date);
        if (d.isEmpty()) {
            return date;
        }
        return TypedDate.format(d.get().firstDay().plusYears(1).withDayOfMonth(
                d.get().hasDay() ? d.get().day() : 1), date);
    }
}
