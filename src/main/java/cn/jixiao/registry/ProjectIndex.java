package cn.jixiao.registry;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A registry's projects found the way a returned project is matched to the one sent: by id (the
 * one the workbook's hidden sheet carries), else by unit and project name, else by name alone.
 * Also where each project stands and which unit it belongs to.
 */
public final class ProjectIndex {

    private final Map<String, Project> byId = new HashMap<>();
    private final Map<String, Project> byUnitAndName = new HashMap<>();
    private final Map<String, Project> byName = new HashMap<>();
    private final Map<Project, String> unitOf = new IdentityHashMap<>();
    private final Map<Project, Integer> position = new IdentityHashMap<>();

    private ProjectIndex() {
    }

    public static ProjectIndex of(Registry registry) {
        ProjectIndex index = new ProjectIndex();
        for (Unit u : registry.units()) {
            for (Project p : u.projects()) {
                if (p.id() != null) {
                    index.byId.putIfAbsent(p.id(), p);
                }
                index.byUnitAndName.putIfAbsent(u.name() + "\u0000" + p.name(), p);
                index.byName.putIfAbsent(p.name(), p);
                index.unitOf.put(p, u.name());
                index.position.put(p, index.position.size());
            }
        }
        return index;
    }

    /** By id, else by unit and name; null when neither finds it. */
    public Project find(String id, String unit, String name) {
        Project p = id == null ? null : byId.get(id);
        return p != null ? p : byUnitAndName.get(unit + "\u0000" + name);
    }

    /** The first project of that name in any unit, or null. */
    public Project byName(String name) {
        return byName.get(name);
    }

    public String unitOf(Project p) {
        return unitOf.get(p);
    }

    /** The project's place in the registry, counting across units. */
    public int position(Project p) {
        return position.get(p);
    }
}
