package cn.jixiao.rollup;

import cn.jixiao.i18n.Msg;
import cn.jixiao.registry.Project;
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
 * What came back against what was sent: each returned project is matched to the registry by the
 * id the hidden sheet carries, else by unit and project name. A project returned twice counts
 * once (the copy filled last, else the one given last); a return filled from an earlier version
 * of the registry (its recorded digest no longer matches) is stale. Without a sent registry only
 * duplicates are resolved. The projects kept come in the registry's order, the rest after them.
 */
final class Returns {

    private final List<Spool.Entry> kept;
    private final List<UnitStatus> units;

    private Returns(List<Spool.Entry> kept, List<UnitStatus> units) {
        this.kept = kept;
        this.units = units;
    }

    List<Spool.Entry> kept() {
        return kept;
    }

    List<UnitStatus> units() {
        return units;
    }

    static Returns check(Registry sent, List<Spool.Entry> entries) {
        Map<String, Position> positions = new HashMap<>();
        Map<String, Position> byName = new HashMap<>();
        if (sent != null) {
            int i = 0;
            for (Unit u : sent.units()) {
                for (Project p : u.projects()) {
                    Position pos = new Position(i++, u.name(), p);
                    if (p.id() != null) {
                        positions.put(p.id(), pos);
                    }
                    byName.putIfAbsent(u.name() + "\u0000" + p.name(), pos);
                }
            }
        }
        Map<Spool.Entry, Position> matched = new HashMap<>();
        Map<Object, List<Spool.Entry>> copies = new LinkedHashMap<>();
        for (Spool.Entry e : entries) {
            Position pos = e.projectId() != null ? positions.get(e.projectId()) : null;
            if (pos == null) {
                pos = byName.get(e.unit() + "\u0000" + e.projectName());
            }
            if (pos != null) {
                matched.put(e, pos);
            }
            Object key = pos != null ? pos : e.projectId() != null ? e.projectId() : e;
            copies.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Msg>> details = new LinkedHashMap<>();
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
        RegistryIO io = new RegistryIO();
        List<UnitStatus> units = new ArrayList<>();
        if (sent != null) {
            for (Spool.Entry e : kept) {
                Position pos = matched.get(e);
                if (pos == null) {
                    details.computeIfAbsent(e.unit(), u -> new ArrayList<>())
                            .add(new Msg("status.notInRegistry", e.projectName(), name(e.file())));
                } else if (e.filledDigest() != null && !e.filledDigest().equals(io.digest(pos.project()))) {
                    details.computeIfAbsent(e.unit(), u -> new ArrayList<>()).add(new Msg("status.stale",
                            e.projectName(), name(e.file()), Objects.toString(e.filledAt(), "?")));
                }
            }
            for (Unit u : sent.units()) {
                List<Msg> d = details.computeIfAbsent(u.name(), k -> new ArrayList<>());
                int returned = 0;
                for (Project p : u.projects()) {
                    boolean back = kept.stream().anyMatch(e -> matched.get(e) != null && matched.get(e).project() == p);
                    if (back) {
                        returned++;
                    } else if (kept.stream().anyMatch(e -> u.name().equals(e.unit()))) {
                        d.add(new Msg("status.projectMissing", p.name()));
                    }
                }
                UnitStatus.State state = returned == 0 && kept.stream().noneMatch(e -> u.name().equals(e.unit()))
                        ? UnitStatus.State.MISSING
                        : d.isEmpty() && returned == u.projects().size() ? UnitStatus.State.COMPLETE
                        : UnitStatus.State.ISSUES;
                units.add(new UnitStatus(u.name(), state, u.projects().size(), returned, List.copyOf(d)));
            }
            for (var e : details.entrySet()) {
                if (sent.units().stream().noneMatch(u -> u.name().equals(e.getKey()))) {
                    int returned = (int) kept.stream().filter(k -> k.unit().equals(e.getKey())).count();
                    List<Msg> d = new ArrayList<>(e.getValue());
                    if (d.isEmpty()) {
                        d.add(new Msg("status.unknownUnit"));
                    }
                    units.add(new UnitStatus(e.getKey(), UnitStatus.State.UNKNOWN, 0, returned, List.copyOf(d)));
                }
            }
            for (Spool.Entry e : kept) {
                if (sent.units().stream().noneMatch(u -> u.name().equals(e.unit()))
                        && units.stream().noneMatch(s -> s.unit().equals(e.unit()))) {
                    units.add(new UnitStatus(e.unit(), UnitStatus.State.UNKNOWN, 0,
                            (int) kept.stream().filter(k -> k.unit().equals(e.unit())).count(),
                            List.of(new Msg("status.unknownUnit"))));
                }
            }
        }
        kept.sort(Comparator.comparing((Spool.Entry e) -> matched.containsKey(e) ? matched.get(e).index()
                : e.order() != null ? e.order() : Integer.MAX_VALUE).thenComparing(Spool.Entry::seq));
        return new Returns(groupByUnit(kept), units);
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

    private record Position(int index, String unit, Project project) {
    }
}
