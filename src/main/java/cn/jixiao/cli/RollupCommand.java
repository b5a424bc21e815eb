package cn.jixiao.cli;

import cn.jixiao.i18n.UserError;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Registry;
import cn.jixiao.rollup.Rollup;
import cn.jixiao.service.SentRegistry;
import cn.jixiao.template.RollupTemplate;
import cn.jixiao.template.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao rollup INPUT... -o 汇总表.xlsx}: the department's summary book. */
@Command(name = "rollup", mixinStandardHelpOptions = true, sortOptions = false)
public final class RollupCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", descriptionKey = "rollup.inputs")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "rollup.output")
    Path output;

    @Option(names = "--money-unit", paramLabel = "万元|元", descriptionKey = "rollup.moneyUnit")
    String moneyUnit;

    @Option(names = "--title", paramLabel = "TEXT", descriptionKey = "rollup.title")
    String title;

    @Option(names = "--registry", paramLabel = "SENT", descriptionKey = "rollup.registry")
    Path sent;

    @Option(names = "--targets", paramLabel = "TARGETS", descriptionKey = "rollup.targets")
    Path targets;

    @Option(names = "--no-forms", descriptionKey = "rollup.noForms")
    boolean noForms;

    @Option(names = "--json", paramLabel = "FILE", descriptionKey = "rollup.json")
    Path json;

    @Option(names = "--csv", paramLabel = "DIR", descriptionKey = "rollup.csv")
    Path csv;

    @Option(names = "--book-template", paramLabel = "FILE", descriptionKey = "rollup.bookTemplate")
    Path bookTemplate;

    @Option(names = "--force", descriptionKey = "fill.force")
    boolean force;

    @Mixin
    TemplateOptions templates;

    private final Env env;

    public RollupCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (inputs == null || inputs.isEmpty() || output == null) {
            var ws = WorkspaceDefaults.required();
            if (inputs == null || inputs.isEmpty()) {
                inputs = List.of(ws.path(ws.config().returns()));
            }
            force = WorkspaceDefaults.replaces(output, force);
            output = WorkspaceDefaults.or(output, ws, ws.config().rollupOutput());
            sent = WorkspaceDefaults.or(sent, ws, ws.config().registry());
            title = title != null ? title : ws.config().title();
            moneyUnit = moneyUnit != null ? moneyUnit : ws.config().moneyUnit();
            WorkspaceDefaults.templates(templates, ws);
        }
        MoneyUnit money = money(moneyUnit == null ? "万元" : moneyUnit);
        Registry registry = sent == null ? null : SentRegistry.read(sent);
        if (!force && Files.exists(output)) {
            throw new UserError("output.exists", output);
        }
        Rollup.Options options = Rollup.Options.of(money, templates::resolve,
                        TemplateSource.resolve("huizong", RollupTemplate.FILE, bookTemplate, templates.templatesDir))
                .withTitle(title).withSent(registry).withForms(!noForms)
                .withTargets(targets == null ? null : SentRegistry.read(targets));
        Rollup rollup = new Rollup(new WorkbookReader(new TemplateMaps(templates::resolveForReading)), options);
        Progress progress = new Progress(env, env.t("rollup.progress"), Rollup.files(inputs).size());
        Rollup.Result result;
        try {
            result = rollup.run(inputs, Rollup.Outputs.book(output, force).withJson(json).withCsv(csv), f -> progress.step());
        } catch (Rollup.NothingRead e) {
            new ProblemPrinter(env).print(e.problems()); // why nothing came back, file by file, before the verdict
            throw e;
        }
        new ProblemPrinter(env).print(result.problems());
        if (registry != null) {
            new StatusPrinter(env).print(result.status());
        }
        env.err().println(env.t("rollup.done", output, String.valueOf(result.units()),
                String.valueOf(result.projects()), money.label()));
        if (result.formsOmitted() > 0) {
            env.err().println(env.t("rollup.formsOmitted", String.valueOf(result.formsOmitted()),
                    String.valueOf(Rollup.MAX_FORMS)));
        }
        if (result.formsFilled() > 0) {
            env.err().println(env.t("rollup.formsFilled", String.valueOf(result.formsFilled())));
        }
        for (Rollup.TableCut t : result.tablesCut()) {
            env.err().println(env.t("rollup.tableCut", t.sheet(), String.valueOf(t.rows())));
        }
        for (Rollup.FormParts f : result.formParts()) {
            env.err().println(env.t("rollup.formParts", f.file(), f.sheet(),
                    String.join(env.t("rollup.formParts.separator"),
                            f.parts().stream().map(p -> env.t("rollup.formParts." + p)).toList())));
        }
        return ExitCodes.of(result.hasErrors(), false);
    }

    static MoneyUnit money(String text) {
        try {
            return MoneyUnit.of(text);
        } catch (IllegalArgumentException e) {
            throw new UserError("rollup.badMoneyUnit", text);
        }
    }
}
