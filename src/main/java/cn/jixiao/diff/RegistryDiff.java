package cn.jixiao.diff;

import cn.jixiao.read.ReturnedProject;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.ProjectIndex;
import cn.jixiao.registry.ProjectMoney;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What came back against what was sent. A returned project is matched to the one sent by the id
 * the workbook's hidden sheet carries, else by unit and project name, else by project name alone;
 * amounts are compared in the sent registry's money unit. Sent projects nothing matched are
 * missing; returned projects that match nothing were added.
 */
public final class RegistryDiff {

    private final Registry sent;
    private final ProjectIndex index;
    private final Set<Project> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    public RegistryDiff(Registry sent) {
        this.sent = sent;
        this.index = ProjectIndex.of(sent);
    }

    /**
     * Every change of the returned projects against what was sent, the sent projects none matched
     * included: the one assembly diff, check's report, the summary book's 变更 and the demo share.
     * returned: hands each returned project to the consumer it is given.
     */
    public static void changes(Registry sent, Consumer<Consumer<ReturnedProject>> returned, Consumer<Change> out) {
        RegistryDiff diff = new RegistryDiff(sent);
        returned.accept(p -> diff.compare(p).forEach(out));
        diff.missing().forEach(out);
    }

    /** The changes in one returned project (or that it was added). */
    public List<Change> compare(ReturnedProject back) {
        Project p = back.project();
        Project s = index.find(p.id(), back.unit(), p.name());
        if (s == null && index.byName(p.name()) != null && !matched.contains(index.byName(p.name()))) {
            s = index.byName(p.name());
        }
        if (s == null || matched.contains(s)) {
            return List.of(new Change(back.unit(), p.name(), Change.Kind.PROJECT_ADDED, "", null, back.origin().file(), null));
        }
        matched.add(s);
        Project converted = ProjectMoney.convert(p, back.moneyUnit(), sent.moneyUnit());
        List<Change> changes = new ArrayList<>();
        if (!index.unitOf(s).equals(back.unit())) {
            changes.add(new Change(back.unit(), s.name(), Change.Kind.FIELD, "unit", index.unitOf(s), back.unit(), null));
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
