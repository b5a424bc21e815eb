package cn.jixiao.report;

import cn.jixiao.check.Checker;
import cn.jixiao.check.Finding;
import cn.jixiao.check.Place;
import cn.jixiao.check.Severity;
import cn.jixiao.check.Subject;
import cn.jixiao.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A check report arranged for people: per implementing unit its projects and counts, and the
 * findings grouped by unit and project, each with its place and message rendered in the user's
 * language. The terminal, JSON and HTML outputs all read this.
 */
public final class FindingsView {

    /** One finding, rendered. FreeMarker reads records' components directly (2.3.33 and later). */
    public record Item(String severity, String severityLabel, String rule, String message, String file,
                       String place, String sheet, String cell, String path, Integer line) {
    }

    /** A project's findings (project null for findings on a whole file). */
    public record ProjectGroup(String project, List<Item> items) {
    }

    /** A unit's projects and counts, and its findings by project. */
    public record UnitGroup(String unit, int projects, long errors, long warnings, List<ProjectGroup> groups) {
    }

    private final List<UnitGroup> units;
    private final int projects;
    private final long errors;
    private final long warnings;

    private FindingsView(List<UnitGroup> units, int projects, long errors, long warnings) {
        this.units = units;
        this.projects = projects;
        this.errors = errors;
        this.warnings = warnings;
    }

    public static FindingsView of(Checker.Report report, Messages messages) {
        Map<String, Map<String, List<Item>>> byUnit = new LinkedHashMap<>();
        Map<String, Integer> projectsPerUnit = new LinkedHashMap<>();
        for (Subject s : report.subjects()) {
            projectsPerUnit.merge(s.unit(), 1, Integer::sum);
            byUnit.computeIfAbsent(s.unit(), u -> new LinkedHashMap<>());
        }
        String noUnit = messages.isEnglish() ? "(whole files)" : "（整个文件）";
        for (Finding f : report.findings()) {
            String unit = f.unit() == null ? noUnit : f.unit();
            byUnit.computeIfAbsent(unit, u -> new LinkedHashMap<>())
                    .computeIfAbsent(Objects.toString(f.project(), ""), p -> new ArrayList<>())
                    .add(item(f, messages));
        }
        List<UnitGroup> units = new ArrayList<>();
        for (var u : byUnit.entrySet()) {
            List<ProjectGroup> groups = new ArrayList<>();
            u.getValue().forEach((p, items) -> groups.add(new ProjectGroup(p.isEmpty() ? null : p, items)));
            long e = groups.stream().flatMap(g -> g.items().stream()).filter(i -> i.severity().equals("error")).count();
            long w = groups.stream().flatMap(g -> g.items().stream()).filter(i -> i.severity().equals("warning")).count();
            units.add(new UnitGroup(u.getKey(), projectsPerUnit.getOrDefault(u.getKey(), 0), e, w, groups));
        }
        long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        return new FindingsView(units, report.subjects().size(), errors, report.findings().size() - errors);
    }

    /** The same view with its units in this order (the registry's), units it does not name after them. */
    public FindingsView inUnitOrder(List<String> order) {
        List<UnitGroup> sorted = new ArrayList<>(units);
        sorted.sort(java.util.Comparator.comparingInt(u -> {
            int at = order.indexOf(u.unit());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        return new FindingsView(sorted, projects, errors, warnings);
    }

    private static Item item(Finding f, Messages m) {
        Place p = f.place();
        return new Item(f.severity().name().toLowerCase(java.util.Locale.ROOT),
                m.get("check.severity." + f.severity().name()), f.rule(), m.render(f.message()),
                p.file(), place(p, m), p.sheet(), p.cell(), p.path(), p.line());
    }

    /**
     * Without the colon a "where" message ends with (to run on into what follows), and the spaces
     * after it: what {@code [：:]\s*$} removes, without a matcher, as rollup places thousands.
     */
    static String withoutTrailingColon(String s) {
        char last = s.isEmpty() ? 0 : s.charAt(s.length() - 1);
        if (last == '\u0085' || last == '\u2028' || last == '\u2029') {
            // '$' also matches before such a last line break, which \s does not take: the pattern decides.
            return TRAILING_COLON.matcher(s).replaceAll("");
        }
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) >= '\t' && s.charAt(end - 1) <= '\r')) {
            end--;
        }
        return end > 0 && (s.charAt(end - 1) == '：' || s.charAt(end - 1) == ':') ? s.substring(0, end - 1) : s;
    }

    private static final java.util.regex.Pattern TRAILING_COLON = java.util.regex.Pattern.compile("[：:]\\s*$");

    /** 汇总.xlsx 工作表“X” 单元格 E6, or r.yaml 第 23 行（units[0]…）. */
    public static String place(Place p, Messages m) {
        return place(p, m, Path.of(p.file()).getFileName().toString());
    }

    /** The same, with the file's name as the caller keeps it (a rollup names each file thousands of times). */
    public static String place(Place p, Messages m, String file) {
        if (p.sheet() != null) {
            return withoutTrailingColon(p.cell() == null ? m.get("where.sheet", file, p.sheet())
                    : m.get("where.cell", file, p.sheet(), p.cell()));
        }
        if (p.path() == null) {
            return file;
        }
        return p.line() != null ? m.get("check.where.registry", file, String.valueOf(p.line()), p.path())
                : m.get("check.where.registryNoLine", file, p.path());
    }

    public List<UnitGroup> getUnits() {
        return units;
    }

    public int getProjects() {
        return projects;
    }

    public long getErrors() {
        return errors;
    }

    public long getWarnings() {
        return warnings;
    }
}
