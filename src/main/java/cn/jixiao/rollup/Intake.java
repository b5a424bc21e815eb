package cn.jixiao.rollup;

import cn.jixiao.i18n.Msg;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.ProjectIndex;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.registry.Unit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The intake of a rollup: which returned projects it keeps, and how each unit stands against what
 * was sent. Each returned project is matched to the registry by the id the hidden sheet carries,
 * else by unit and project name. A project returned twice counts
 * once (the copy filled last, else the one given last); a return filled from an earlier version
 * of the registry (its recorded digest no longer matches) is stale. Without a sent registry only
 * duplicates are resolved. The projects kept come in the registry's order, the rest after them.
 */
final class Intake {

    private final List<Spool.Entry> kept;
    private final List<UnitStatus> units;

    private Intake(List<Spool.Entry> kept, List<UnitStatus> units) {
        this.kept = kept;
        this.units = units;
    }

    List<Spool.Entry> kept() {
        return kept;
    }

    List<UnitStatus> units() {
        return units;
    }

    static Intake of(Registry sent, List<Spool.Entry> entries) {
        ProjectIndex index = sent == null ? null : ProjectIndex.of(sent);
        Map<Spool.Entry, Project> matched = match(index, entries);
        Map<String, List<Msg>> details = new LinkedHashMap<>();
        List<Spool.Entry> kept = keepOneCopy(copies(index, matched, entries), details);
        List<UnitStatus> units = new ArrayList<>();
        if (sent != null) {
            notSentOrStale(kept, matched, details);
            units = status(sent, kept, matched, details);
        }
        kept.sort(Comparator.comparing((Spool.Entry e) -> matched.containsKey(e) ? index.position(matched.get(e))
                : e.order() != null ? e.order() : Integer.MAX_VALUE).thenComparing(Spool.Entry::seq));
        return new Intake(groupByUnit(kept), units);
    }

    /** Each returned project's sent project, by id, else by unit and project name; none without a registry. */
    private static Map<Spool.Entry, Project> match(ProjectIndex index, List<Spool.Entry> entries) {
        Map<Spool.Entry, Project> matched = new HashMap<>();
        if (index != null) {
            for (Spool.Entry e : entries) {
                Project p = index.find(e.projectId(), e.unit(), e.projectName());
                if (p != null) {
                    matched.put(e, p);
                }
            }
        }
        return matched;
    }

    /** Copies of one project: the same sent project (by its place), else the same id, else none. */
    private static Map<Object, List<Spool.Entry>> copies(ProjectIndex index, Map<Spool.Entry, Project> matched,
                                                         List<Spool.Entry> entries) {
        Map<Object, List<Spool.Entry>> copies = new LinkedHashMap<>();
        for (Spool.Entry e : entries) {
            Project p = matched.get(e);
            Object key = p != null ? (Object) index.position(p) : e.projectId() != null ? e.projectId() : e;
            copies.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        return copies;
    }

    /** Of a project returned twice, the copy filled last (else given last) is kept, and the others are named. */
    private static List<Spool.Entry> keepOneCopy(Map<Object, List<Spool.Entry>> copies, Map<String, List<Msg>> details) {
        List<Spool.Entry> kept = new ArrayList<>();
        for (List<Spool.Entry> same : copies.values()) {
            Spool.Entry chosen = same.stream().max(Comparator.comparing((Spool.Entry e) -> Objects.toString(e.filledAt(), ""))
                    .thenComparing(Spool.Entry::seq)).orElseThrow();
            kept.add(chosen);
            if (same.size() > 1) {
                details.computeIfAbsent(chosen.unit(), u -> new ArrayList<>()).add(new Msg("status.duplicate",
                        chosen.projectName(), String.join("、", same.stream().map(e -> name(e.file())).toList()),
                        name(chosen.file())));
            }
        }
        return kept;
    }

    /** Projects the registry does not hold, and returns filled from an earlier version of it (their digest differs). */
    private static void notSentOrStale(List<Spool.Entry> kept, Map<Spool.Entry, Project> matched,
                                       Map<String, List<Msg>> details) {
        RegistryIO io = new RegistryIO();
        for (Spool.Entry e : kept) {
            Project sentProject = matched.get(e);
            if (sentProject == null) {
                details.computeIfAbsent(e.unit(), u -> new ArrayList<>())
                        .add(new Msg("status.notInRegistry", e.projectName(), name(e.file())));
            } else if (e.filledDigest() != null && !e.filledDigest().equals(io.digest(sentProject))) {
                details.computeIfAbsent(e.unit(), u -> new ArrayList<>()).add(new Msg("status.stale",
                        e.projectName(), name(e.file()), cn.jixiao.util.LocalTimes.shown(e.filledAt())));
            }
        }
    }

    /** How each unit stands: the units sent in the registry's order, then the units it does not know. */
    private static List<UnitStatus> status(Registry sent, List<Spool.Entry> kept, Map<Spool.Entry, Project> matched,
                                           Map<String, List<Msg>> details) {
        List<UnitStatus> units = new ArrayList<>();
        // Looked up once for all units: a town's registry has hundreds of projects.
        java.util.Set<Project> back = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        kept.stream().map(matched::get).filter(Objects::nonNull).forEach(back::add);
        java.util.Set<String> unitsBack = new java.util.HashSet<>();
        kept.forEach(e -> unitsBack.add(e.unit()));
        java.util.Set<String> unitsSent = new java.util.HashSet<>();
        sent.units().forEach(u -> unitsSent.add(u.name()));
        for (Unit u : sent.units()) {
            List<Msg> d = details.computeIfAbsent(u.name(), k -> new ArrayList<>());
            int returned = 0;
            for (Project p : u.projects()) {
                if (back.contains(p)) {
                    returned++;
                } else if (unitsBack.contains(u.name())) {
                    d.add(new Msg("status.projectMissing", p.name()));
                }
            }
            UnitStatus.State state = returned == 0 && !unitsBack.contains(u.name())
                    ? UnitStatus.State.MISSING
                    : d.isEmpty() && returned == u.projects().size() ? UnitStatus.State.COMPLETE
                    : UnitStatus.State.ISSUES;
            units.add(new UnitStatus(u.name(), state, u.projects().size(), returned, List.copyOf(d)));
        }
        for (var e : details.entrySet()) {
            if (!unitsSent.contains(e.getKey())) {
                int returned = (int) kept.stream().filter(k -> k.unit().equals(e.getKey())).count();
                List<Msg> d = new ArrayList<>(e.getValue());
                if (d.isEmpty()) {
                    d.add(new Msg("status.unknownUnit"));
                }
                units.add(new UnitStatus(e.getKey(), UnitStatus.State.UNKNOWN, 0, returned, List.copyOf(d)));
            }
        }
        for (Spool.Entry e : kept) {
            if (!unitsSent.contains(e.unit())
                    && units.stream().noneMatch(s -> s.unit().equals(e.unit()))) {
                units.add(new UnitStatus(e.unit(), UnitStatus.State.UNKNOWN, 0,
                        (int) kept.stream().filter(k -> k.unit().equals(e.unit())).count(),
                        List.of(new Msg("status.unknownUnit"))));
            }
        }
        return units;
    }

    /** Units kept together, in the order each first appears, so every unit closes with its subtotal. */
    private static List<Spool.Entry> groupByUnit(List<Spool.Entry> ordered) {
        Map<String, List<Spool.Entry>> byUnit = new LinkedHashMap<>();
        ordered.forEach(e -> byUnit.computeIfAbsent(e.unit(), u -> new ArrayList<>()).add(e));
        return byUnit.values().stream().flatMap(List::stream).toList();
    }

    /** A file by its name alone: the folder is the one the user gave, and long paths swamp a table. */
    private static String name(String file) {
        return java.nio.file.Path.of(file).getFileName().toString();
    }
}
