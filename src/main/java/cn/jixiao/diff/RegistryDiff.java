package cn.jixiao.diff;

import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.ProjectMoney;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What came back against what was sent. A returned project is matched to the one sent by the id
 * the workbook's hidden sheet carries, else by unit and project name, else by project name alone;
 * amounts are compared in the sent registry's money unit. Sent projects nothing matched are
 * missing; returned projects that match nothing were added.
 */
public final class RegistryDiff {

    /** A project as returned: its unit, the project, the unit its amounts are in, and where it came from. */
    public record Back(String unit, Project project, MoneyUnit money, String file) {
    }

    private final Registry sent;
    private final Map<String, Project> byId = new HashMap<>();
    private final Map<String, Project> byUnitAndName = new HashMap<>();
    private final Map<String, Project> byName = new HashMap<>();
    private final Map<Project, String> unitOf = new HashMap<>();
    private final Set<Project> matched = new HashSet<>();

    public RegistryDiff(Registry sent) {
        this.sent = sent;
        for (Unit u : sent.units()) {
            for (Project p : u.projects()) {
                if (p.id() != null) {
                    byId.put(p.id(), p);
                }
                byUnitAndName.putIfAbsent(u.name() + "\u0000" + p.name(), p);
                byName.putIfAbsent(p.name(), p);
                unitOf.put(p, u.name());
            }
        }
    }

    /** The changes in one returned project (or that it was added). */
    public List<Change> compare(Back back) {
        Project p = back.project();
        Project s = p.id() != null ? byId.get(p.id()) : null;
        if (s == null) {
            s = byUnitAndName.get(back.unit() + "\u0000" + p.name());
        }
        if (s == null && !matched.contains(byName.get(p.name()))) {
            s = byName.get(p.name());
        }
        if (s == null || matched.contains(s)) {
            return List.of(new Change(back.unit(), p.name(), Change.Kind.PROJECT_ADDED, "", null, back.file(), null));
        }
        matched.add(s);
        Project converted = ProjectMoney.convert(p, back.money(), sent.moneyUnit());
        List<Change> changes = new ArrayList<>();
        if (!unitOf.get(s).equals(back.unit())) {
            changes.add(new Change(back.unit(), s.name(), Change.Kind.FIELD, "unit", unitOf.get(s), back.unit(), null));
        }
        changes.addAll(ProjectDiff.of(back.unit(), s, converted));
        return changes;
    }

    /** The sent projects no returned project matched, once every return was compared. */
    public List<Change> missing() {
        List<Change> out = new ArrayList<>();
        for (Unit u : sent.units()) {
            for (Project p : u.projects()) {
                if (!matched.contains(p)) {
                    out.add(new Change(u.name(), p.name(), Change.Kind.PROJECT_MISSING, "", null, null, null));
                }
            }
        }
        return out;
    }
}
