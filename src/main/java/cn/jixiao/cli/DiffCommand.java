package cn.jixiao.cli;

import cn.jixiao.diff.Change;
import cn.jixiao.diff.ChangeLabels;
import cn.jixiao.read.Inputs;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.Registry;
import cn.jixiao.service.ChangeService;
import cn.jixiao.service.SentRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao diff SENT.yaml RETURNED...}: what each unit changed in what it returned. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false)
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SENT", descriptionKey = "diff.sent")
    Path sent;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "RETURNED", descriptionKey = "diff.returned")
    List<Path> returned;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", descriptionKey = "diff.format")
    String format;

    @Mixin
    TemplateOptions templates;

    /** What --format accepts. */
    enum Format { TABLE, JSON }

    private final Env env;

    public DiffCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Format output = Choice.of(Format.class, format, "diff.badFormat");
        if (returned == null || returned.isEmpty()) {
            var ws = WorkspaceDefaults.required();
            returned = List.of(ws.path(ws.config().returns()));
            WorkspaceDefaults.templates(templates, ws);
        }
        sent = WorkspaceDefaults.registry(sent);
        Registry registry = SentRegistry.read(sent);
        ChangeService.Changes found = new ChangeService(new WorkbookReader(new TemplateMaps(templates::resolveForReading)))
                .against(registry, Inputs.files(returned));
        new ProblemPrinter(env).print(found.problems());
        if (output == Format.JSON) {
            json(found.changes());
        } else {
            table(found.changes());
        }
        return ExitCodes.of(found.hasErrors(), false);
    }

    private void table(List<Change> changes) {
        Map<String, List<Change>> byUnit = new LinkedHashMap<>();
        changes.forEach(c -> byUnit.computeIfAbsent(c.unit(), u -> new ArrayList<>()).add(c));
        for (var e : byUnit.entrySet()) {
            env.out().println(e.getKey());
            TextTable t = new TextTable(List.of(env.t("diff.col.project"), env.t("diff.col.kind"),
                    env.t("diff.col.field"), env.t("diff.col.before"), env.t("diff.col.after"),
                    env.t("diff.col.difference")));
            for (Change c : e.getValue()) {
                t.row(List.of(c.project(), ChangeLabels.kind(c, env.messages()), ChangeLabels.field(c),
                        Objects.toString(c.before(), ""), Objects.toString(c.after(), ""),
                        ChangeLabels.difference(c)));
            }
            t.print(env.out());
            env.out().println();
        }
        env.out().println(changes.isEmpty() ? env.t("diff.none")
                : env.t("diff.summary", String.valueOf(changes.size()), String.valueOf(byUnit.size())));
    }

    private void json(List<Change> changes) throws Exception {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Change c : changes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", c.unit());
            m.put("project", c.project());
            m.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("field", c.field());
            m.put("before", c.before());
            m.put("after", c.after());
            m.put("difference", c.difference());
            list.add(m);
        }
        env.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(Map.of("changes", list)));
    }
}
