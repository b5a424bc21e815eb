package cn.jixiao.cli;

import cn.jixiao.check.Checker;
import cn.jixiao.check.Finding;
import cn.jixiao.i18n.UserError;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.report.FindingsView;
import cn.jixiao.service.CheckService;
import cn.jixiao.service.SentRegistry;
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

    /** What --format accepts. */
    enum Format { TEXT, JSON }

    private final Env env;

    public CheckCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Format output = Choice.of(Format.class, format, "check.badFormat");
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
            env.err().println(env.t("check.subject", inputs.get(0))); // with no arguments, say what is checked
        }
        List<Path> files = Checker.files(inputs);
        if (files.isEmpty()) {
            throw new UserError("check.nothing");
        }
        Progress progress = new Progress(env, env.t("check.progress"), files.size());
        CheckService service = new CheckService(new WorkbookReader(new TemplateMaps(templates::resolveForReading)));
        Checker.Report report = service.findings(files, f -> progress.step());
        FindingsView view = FindingsView.of(report, env.messages());
        if (output == Format.JSON) {
            printJson(report, view);
        } else {
            printText(view);
        }
        if (html != null && !report.registryUnread()) { // a report on a registry not read would report nothing
            service.writeHtml(report, sent == null ? null : SentRegistry.read(sent), sent, files, env.messages(), html,
                    force);
            env.err().println(env.t("check.wrote", html));
        }
        return ExitCodes.of(report.hasUnread(), report.hasErrors());
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
