package cn.jixiao.cli;

import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Registry;
import cn.jixiao.rollup.Rollup;
import cn.jixiao.service.SentRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao status DIR --registry SENT.yaml}: which units returned what, as a table. */
@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false)
public final class StatusCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "0..*", descriptionKey = "rollup.inputs")
    List<Path> inputs;

    @Option(names = "--registry", paramLabel = "SENT", descriptionKey = "rollup.registry")
    Path sent;

    @Mixin
    TemplateOptions templates;

    private final Env env;

    public StatusCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (inputs == null || inputs.isEmpty()) {
            var ws = WorkspaceDefaults.required();
            inputs = List.of(ws.path(ws.config().returns()));
            WorkspaceDefaults.templates(templates, ws);
        }
        sent = WorkspaceDefaults.registry(sent);
        Registry registry = SentRegistry.read(sent);
        Rollup rollup = new Rollup(new WorkbookReader(new TemplateMaps(templates::resolveForReading)),
                Rollup.Options.of(MoneyUnit.WAN_YUAN, templates::resolve).withSent(registry));
        Progress progress = new Progress(env, env.t("read.progress"), Rollup.files(inputs).size());
        Rollup.Result result = rollup.status(inputs, f -> progress.step());
        new ProblemPrinter(env).print(result.problems());
        new StatusPrinter(env).print(result.status());
        return ExitCodes.of(result.hasErrors(), !StatusPrinter.allComplete(result.status()));
    }
}
