package cn.jixiao.cli;

import cn.jixiao.fill.FileNames;
import cn.jixiao.fill.FillPlan;
import cn.jixiao.fill.Filler;
import cn.jixiao.fill.WorkbookJob;
import cn.jixiao.i18n.UserError;
import cn.jixiao.registry.Registry;
import cn.jixiao.service.SentRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao fill REGISTRY... -o DIR}: one workbook per implementing unit, from the templates. */
@Command(name = "fill", mixinStandardHelpOptions = true, sortOptions = false)
public final class FillCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REGISTRY", arity = "0..*", descriptionKey = "fill.registries")
    List<Path> registries;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", descriptionKey = "fill.output")
    Path output;

    @Option(names = "--name", paramLabel = "PATTERN", defaultValue = FileNames.DEFAULT_PATTERN, descriptionKey = "fill.name")
    String pattern;

    @Mixin
    TemplateOptions templates;

    @ArgGroup(exclusive = true)
    Grouping grouping = new Grouping();

    static final class Grouping {
        @Option(names = "--by", paramLabel = "unit|project", descriptionKey = "fill.by")
        String by;

        @Option(names = "--single", descriptionKey = "fill.single")
        boolean single;

        FillPlan.Grouping value() {
            if (single) {
                return FillPlan.Grouping.SINGLE;
            }
            return "project".equals(by) ? FillPlan.Grouping.PROJECT : FillPlan.Grouping.UNIT;
        }
    }

    @Option(names = "--force", descriptionKey = "fill.force")
    boolean force;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", descriptionKey = "fill.jobs")
    Integer jobs;

    private final Env env;

    public FillCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (grouping.by != null && !grouping.by.equals("unit") && !grouping.by.equals("project")) {
            throw new UserError("fill.badBy", grouping.by);
        }
        if (registries == null || registries.isEmpty() || output == null) {
            var ws = WorkspaceDefaults.required();
            if (registries == null || registries.isEmpty()) {
                registries = java.util.List.of(ws.path(ws.config().registry()));
            }
            force = WorkspaceDefaults.replaces(output, force);
            output = WorkspaceDefaults.or(output, ws, ws.config().packs());
            if (pattern.equals(FileNames.DEFAULT_PATTERN) && ws.config().name() != null) {
                pattern = ws.config().name();
            }
            WorkspaceDefaults.templates(templates, ws);
        }
        FileNames names = new FileNames();
        List<WorkbookJob> all = new ArrayList<>();
        // Read and plan everything first: a bad registry stops the run before any file is written.
        for (Path file : registries) {
            Registry registry = SentRegistry.read(file);
            all.addAll(FillPlan.of(registry, grouping.value(), output, pattern,
                    templates::resolve, names));
        }
        if (!force) {
            for (WorkbookJob job : all) {
                if (Files.exists(job.target())) {
                    throw new UserError("output.exists", job.target());
                }
            }
        }
        Progress progress = new Progress(env, env.t("fill.progress"), all.size());
        Filler filler = jobs == null ? Filler.perCore() : new Filler(jobs);
        filler.fill(all, force, job -> progress.step());
        for (WorkbookJob job : all) {
            env.out().println(job.target());
        }
        int projects = all.stream().mapToInt(j -> j.projects().size()).sum();
        env.err().println(env.t("fill.done", String.valueOf(all.size()), String.valueOf(projects), output));
        return ExitCodes.OK;
    }
}
