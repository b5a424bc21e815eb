package cn.jixiao.rollup;

import cn.jixiao.check.Checker;
import cn.jixiao.check.Finding;
import cn.jixiao.check.Findings;
import cn.jixiao.check.Place;
import cn.jixiao.check.Severity;
import cn.jixiao.check.Subject;
import cn.jixiao.i18n.Messages;
import cn.jixiao.indicator.ParsedValues;
import cn.jixiao.read.Origin;
import cn.jixiao.read.ReturnedProject;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.RegistryLines;
import cn.jixiao.report.FindingsView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 问题清单 table: what {@code jixiao check} finds in every input, one row per finding, written as
 * the projects stream past (the rules over the whole set run at the end, on each project's unit,
 * name and 主管部门 alone), after the problems met while reading. The projects come from the pass
 * that writes the summary tables, so each is loaded once.
 */
final class FindingRows implements Feed.Also<FindingRows.Found> {

    private final RowSink sink;
    private final Messages zh = Messages.chinese();
    private final List<Subject> light = new ArrayList<>();
    /** Registries' line numbers, read once a registry: projects are checked on several threads. */
    private final Map<String, RegistryLines> lines = new ConcurrentHashMap<>();
    /** Severities' and rules' names, looked up in the bundle once each, not for each of thousands of findings. */
    private final Map<Severity, String> severities = new ConcurrentHashMap<>();
    private final Map<String, String> rules = new ConcurrentHashMap<>();
    /** The inputs' file names, by the path a finding names: one for each file read. */
    private final Map<String, String> fileNames = new ConcurrentHashMap<>();

    /** What check found in one project, as rows, and what the set rules will need of it. */
    record Found(List<RowSink.Ready> rows, Subject light) {
    }

    /** Starts the table with the problems met while reading. */
    FindingRows(RowSink sink, List<Finding> problems) {
        this.sink = sink;
        problems.forEach(f -> sink.item(row(zh, f)));
    }

    /** What check finds in one project (safe on any thread), reading indicator values through values. */
    @Override
    public Found make(ReturnedProject r, ParsedValues values) {
        Subject s = Checker.subject(r, lines);
        Findings findings = new Findings();
        Checker.checkProject(s, findings, values);
        return new Found(findings.drain().stream().map(f -> sink.ready(row(zh, f))).toList(), light(s));
    }

    /** One project's findings, taken in the book's order. */
    @Override
    public void take(Found found) {
        found.rows().forEach(RowSink.Ready::put);
        light.add(found.light());
    }

    /** What the rules over the whole set find, once every project has gone past. */
    void finish() {
        Findings findings = new Findings();
        Checker.checkSet(light, findings);
        // Their rows made on every core (a district's unit names give thousands), put in in order, a
        // few hundred at a time so that the heap holds those, not all.
        List<Finding> all = findings.drain();
        for (int from = 0; from < all.size(); from += 512) {
            all.subList(from, Math.min(all.size(), from + 512)).parallelStream().map(f -> sink.ready(row(zh, f)))
                    .toList().forEach(RowSink.Ready::put);
        }
    }

    /** Only what the set rules read is kept, so the heap holds a few fields per project. */
    private static Subject light(Subject s) {
        Project p = s.project();
        Map<String, String> cells = new HashMap<>();
        for (String key : List.of("name", "unit", "department")) {
            if (s.cells().containsKey(key)) {
                cells.put(key, s.cells().get(key));
            }
        }
        ReturnedProject r = s.returned();
        Origin o = r.origin();
        Project kept = new Project(p.id(), p.name(), null, p.department(), null, null, null, null, null, null, null,
                null, List.of());
        return new Subject(new ReturnedProject(r.unit(), r.family(), r.year(), r.moneyUnit(), kept,
                new Origin(o.file(), o.sheet(), cells, o.registryPath(), null, null, o.order(), o.seq())), s.lines());
    }

    /** The rule's readable name (主管部门填成项目名称), not its id (header.departmentIsName); problems met reading all read 读取. */
    static String ruleName(Messages zh, String rule) {
        String key = rule.startsWith("read.") ? "check.name.read" : "check.name." + rule;
        return zh.bundle().containsKey(key) ? zh.get(key) : rule;
    }

    private Map<String, Object> row(Messages zh, Finding f) {
        return row(zh, f.severity(), f.rule(), zh.render(f.message()), f.place(), f.unit(), f.project());
    }

    private Map<String, Object> row(Messages zh, Severity severity, String rule, String message, Place place,
                                    String unit, String project) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("severity", severities.computeIfAbsent(severity, k -> zh.get("check.severity." + k.name())));
        row.put("rule", rules.computeIfAbsent(rule, k -> ruleName(zh, k)));
        row.put("unit", unit);
        row.put("project", project);
        row.put("place", FindingsView.place(place, zh,
                fileNames.computeIfAbsent(place.file(), f -> java.nio.file.Path.of(f).getFileName().toString())));
        row.put("message", message);
        return row;
    }
}
