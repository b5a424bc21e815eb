package cn.jixiao.desk;

import cn.jixiao.diff.Change;
import cn.jixiao.diff.ChangeLabels;
import cn.jixiao.i18n.Messages;
import cn.jixiao.read.ReadProblem;
import cn.jixiao.report.FindingsView;
import cn.jixiao.stats.RegistryStats;
import cn.jixiao.rollup.UnitStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the page shows, arranged for its template: plain records of text and numbers. */
public final class Views {

    private Views() {
    }

    /** A labelled amount of the registry's money. */
    public record Money(String label, String amount) {
    }

    /** The registry: its file, figures and the checker's findings on it, or why it cannot be read. */
    public record Registry(String file, String error, RegistryStats stats, List<Money> money, FindingsView findings) {
    }

    /** A file that can be downloaded. */
    public record FileRow(String name, String size, String modified) {
    }

    /** One implementing unit as `status` reports it, with its findings counted. */
    public record UnitRow(String unit, String state, String stateLabel, int expected, int returned, String details,
                   long errors, long warnings, boolean changed) {
    }

    /** The returns folder against the registry sent. */
    public record Returns(List<UnitRow> units, Map<String, Long> counts, List<String> problems, String error) {
    }

    /** A unit's changes, as `diff` reports them. */
    public record ChangeGroup(String unit, List<Map<String, String>> rows) {
    }

    static Money money(String key, BigDecimal amount, Messages m) {
        return new Money(m.get("stats.money." + key), amount.toPlainString());
    }

    static List<Money> money(RegistryStats stats, Messages m) {
        List<Money> rows = new ArrayList<>();
        stats.money().forEach((k, v) -> rows.add(money(k, v, m)));
        return rows;
    }

    static List<FileRow> files(List<Path> files) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        List<FileRow> rows = new ArrayList<>();
        for (Path f : files) {
            try {
                rows.add(new FileRow(f.getFileName().toString(), size(Files.size(f)),
                        time.format(Files.getLastModifiedTime(f).toInstant())));
            } catch (IOException e) {
                // gone between listing and looking: not there to download either
            }
        }
        return rows;
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KB"
                : Uploads.megabytes(bytes);
    }

    static Returns returns(Year.Returns r, FindingsView findings, Messages m) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        findings.getUnits().forEach(u -> counts.put(u.unit(), new long[] {u.errors(), u.warnings()}));
        var changed = r.changes().stream().filter(c -> c.kind() != Change.Kind.PROJECT_MISSING)
                .map(Change::unit).collect(Collectors.toSet());
        List<UnitRow> units = new ArrayList<>();
        Map<UnitStatus.State, Long> byState = new EnumMap<>(UnitStatus.State.class);
        for (UnitStatus.State s : UnitStatus.State.values()) {
            byState.put(s, 0L);
        }
        for (UnitStatus u : r.status()) {
            long[] c = counts.getOrDefault(u.unit(), new long[2]);
            units.add(new UnitRow(u.unit(), u.state().name(), m.get("status.state." + u.state().name()),
                    u.expected(), u.returned(), u.details().stream().map(m::render).collect(Collectors.joining("；")),
                    c[0], c[1], changed.contains(u.unit())));
            byState.merge(u.state(), 1L, Long::sum);
        }
        Map<String, Long> byName = new LinkedHashMap<>();
        byState.forEach((s, n) -> byName.put(s.name(), n));
        List<String> problems = r.problems().stream().map(p -> problem(p, m)).toList();
        return new Returns(units, byName, problems, null);
    }

    private static String problem(ReadProblem p, Messages m) {
        String where = p.file().getFileName().toString() + (p.sheet() == null ? "" : " · " + p.sheet())
                + (p.cell() == null ? "" : " · " + p.cell());
        return (p.error() ? m.get("check.severity.ERROR") : m.get("check.severity.WARNING")) + "  " + where + "："
                + m.render(p.message());
    }

    /** Changes grouped by unit; a project not returned at all shows under 回收, not here. */
    static List<ChangeGroup> changes(List<Change> changes, Messages m) {
        Map<String, List<Map<String, String>>> byUnit = new LinkedHashMap<>();
        for (Change c : changes) {
            if (c.kind() == Change.Kind.PROJECT_MISSING) {
                continue;
            }
            byUnit.computeIfAbsent(c.unit(), u -> new ArrayList<>()).add(ChangeLabels.textRow(c, m));
        }
        List<ChangeGroup> groups = new ArrayList<>();
        byUnit.forEach((u, rows) -> groups.add(new ChangeGroup(u, rows)));
        return groups;
    }
}
