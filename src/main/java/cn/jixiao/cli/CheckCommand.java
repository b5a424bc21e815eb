package cn.jixiao.cli;

import cn.jixiao.ledger.Registries;
import cn.jixiao.check.Checker;
import cn.jixiao.check.Finding;
import cn.jixiao.diff.Change;
import cn.jixiao.diff.ChangeLabels;
import cn.jixiao.diff.RegistryDiff;
import cn.jixiao.diff.ReturnedProjects;
import cn.jixiao.registry.Ids;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.i18n.UserError;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.report.FindingsHtml;
import cn.jixiao.report.FindingsView;
import cn.jixiao.util.AtomicFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao check INPUT...}: the rules of the forms over registries and returned workbooks. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
public final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", descriptionKey = "check.inputs")
    List<Path> inputs;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "check.format")
    String format;

    @Option(names = "--html", paramLabel = "FILE", descriptionKey = "check.html")
    Path html;

    @Option(names = "--registry", paramLabel = "SENT", descriptionKey = "check.registry")
    Path sent;

    @Option(names = "--force", descriptionKey = "fill.force")
    boolean force;

    @Mixin
    TemplateOptions templates;

    private final Env env;

    public CheckCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UserError("check.badFormat", format);
        }
        if (inputs == null || inputs.isEmpty()) {
            var ws = WorkspaceDefaults.required();
            Path returns = ws.path(ws.config().returns());
            boolean anyReturns = java.nio.file.Files.isDirectory(returns) && !Checker.files(List.of(returns)).isEmpty();
            // Before anything came back, check the registry being sent; after, what came back.
            inputs = List.of(anyReturns ? returns : ws.path(ws.config().registry()));
            force = WorkspaceDefaults.replaces(html, force);
            html = WorkspaceDefaults.or(html, ws, ws.config().report());
            sent = anyReturns ? WorkspaceDefaults.or(sent, ws, ws.config().registry()) : sent;
            WorkspaceDefaults.templates(templates, ws);
        }
        List<Path> files = Checker.files(inputs);
        if (files.isEmpty()) {
            throw new UserError("check.nothing");
        }
        Progress progress = new Progress(env, env.t("check.progress"), files.size());
        Checker.Report report = new Checker(new WorkbookReader(new TemplateMaps(templates::resolve)))
                .check(files, f -> progress.step());
        FindingsView view = FindingsView.of(report, env.messages());
        if (format.equals("json")) {
            printJson(report, view);
        } else {
            printText(view);
        }
        if (html != null && !report.registryUnread()) { // a report on a registry not read would report nothing
            Map<String, String> text = FindingsHtml.texts(env.messages(), view);
            List<Map<String, String>> changes = sent == null ? List.of() : changes(files);
            AtomicFiles.write(html, force, out -> new FindingsHtml().write(view, changes, sent != null, text,
                    env.t("check.html.title"), out));
        }
        return ExitCodes.of(report.hasUnread(), report.hasErrors());
    }

    /** What each unit changed against the registry sent, as rows for the report's 变更 section. */
    private List<Map<String, String>> changes(List<Path> files) {
        RegistryDiff diff = new RegistryDiff(Ids.assign(Registries.read(sent)));
        List<Change> found = new ArrayList<>();
        new ReturnedProjects(new WorkbookReader(new TemplateMaps(templates::resolve)))
                .read(files.stream().filter(f -> !f.equals(sent)).toList(), b -> found.addAll(diff.compare(b)),
                        new ArrayList<>());
        found.addAll(diff.missing());
        List<Map<String, String>> rows = new ArrayList<>();
        for (Change c : found) {
            rows.add(ChangeLabels.textRow(c, env.messages()));
        }
        return rows;
    }

    private String summary(FindingsView view) {
        return env.t("check.summary", String.valueOf(view.getProjects()), String.valueOf(view.getErrors()),
                String.valueOf(view.getWarnings()));
    }

    private void printText(FindingsView view) {
        var out = env.out();
        for (FindingsView.UnitGroup u : view.getUnits()) {
            if (u.groups().isEmpty()) {
                continue;
            }
            out.println(u.unit());
            for (FindingsView.ProjectGroup g : u.groups()) {
                if (g.project() != null) {
                    out.println("  " + g.project());
                }
                for (FindingsView.Item i : g.items()) {
                    out.println("    " + i.severityLabel() + " [" + i.rule() + "] " + i.place() + "："
                            .replace("：", env.messages().isEnglish() ? ": " : "：") + i.message());
                }
            }
        }
        out.println(summary(view));
    }

    private void printJson(Checker.Report report, FindingsView view) throws Exception {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
            m.put("rule", f.rule());
            m.put("message", env.messages().render(f.message()));
            m.put("file", f.place().file());
            m.put("sheet", f.place().sheet());
            m.put("cell", f.place().cell());
            m.put("path", f.place().path());
            m.put("line", f.place().line());
            m.put("unit", f.unit());
            m.put("project", f.project());
            list.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("projects", view.getProjects());
        root.put("errors", view.getErrors());
        root.put("warnings", view.getWarnings());
        root.put("findings", list);
        env.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValueAsString(root));
    }
}
