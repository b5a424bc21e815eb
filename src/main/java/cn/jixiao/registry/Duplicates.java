package cn.jixiao.registry;

import cn.jixiao.i18n.Msg;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A project is one project: its id, and its name within its unit, are used once. A second use
 * would be renamed quietly by fill and later look like one project added and one missing, so it
 * is an error naming both places.
 */
public final class Duplicates {

    private Duplicates() {
    }

    /**
     * The duplicates of a registry; {@code where} names a project by the index of its unit and of
     * the project within the unit (a line, a row).
     */
    public static List<Msg> find(Registry registry, BiFunction<Integer, Integer, Msg> where) {
        List<Msg> found = new ArrayList<>();
        Map<String, int[]> ids = new HashMap<>();
        Map<String, int[]> names = new HashMap<>();
        for (int u = 0; u < registry.units().size(); u++) {
            Unit unit = registry.units().get(u);
            for (int p = 0; p < unit.projects().size(); p++) {
                Project project = unit.projects().get(p);
                int[] here = {u, p};
                if (project.id() != null) {
                    int[] first = ids.putIfAbsent(project.id(), here);
                    if (first != null) {
                        found.add(new Msg("registry.duplicateId", project.id(), where.apply(first[0], first[1]),
                                where.apply(u, p)));
                    }
                }
                if (project.name() != null) {
                    int[] first = names.putIfAbsent(unit.name() + "\u0000" + project.name().strip(), here);
                    if (first != null && first[0] == u) {
                        found.add(new Msg("registry.duplicateName", unit.name(), project.name().strip(),
                                where.apply(first[0], first[1]), where.apply(u, p)));
                    }
                }
            }
        }
        return found;
    }
}
