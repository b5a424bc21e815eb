package cn.jixiao.cli;

import cn.jixiao.i18n.UserError;
import cn.jixiao.read.ReadBatch;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.RegistryFormat;
import cn.jixiao.registry.RegistryIO;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao read WORKBOOK|DIR... [-o FILE]}: returned workbooks back into one registry. */
@Command(name = "read", mixinStandardHelpOptions = true, sortOptions = false)
public final class ReadCommand implements Callable<Integer> {

    @Parameters(paramLabel = "WORKBOOK|DIR", arity = "0..*", descriptionKey = "read.inputs")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "read.output")
    Path output;

    @Option(names = "--format", paramLabel = "yaml|json", defaultValue = "yaml", descriptionKey = "read.format")
    String format;

    @Option(names = "--force", descriptionKey = "fill.force")
    boolean force;

    @Mixin
    TemplateOptions templates;

    private final Env env;

    public ReadCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RegistryFormat stdoutFormat = switch (format) {
            case "yaml", "yml" -> RegistryFormat.YAML;
            case "json" -> RegistryFormat.JSON;
            default -> throw new UserError("read.badFormat", format);
        };
        if (output != null && RegistryFormat.of(output).isEmpty()) {
            throw new UserError("registry.unknownExtension", output);
        }
        if (inputs == null || inputs.isEmpty()) {
            var ws = WorkspaceDefaults.required();
            inputs = List.of(ws.path(ws.config().returns()));
            force = WorkspaceDefaults.replaces(output, force);
            output = WorkspaceDefaults.or(output, ws, ws.config().readOutput());
            WorkspaceDefaults.templates(templates, ws);
        }
        List<Path> files = ReadBatch.expand(inputs);
        if (files.isEmpty()) {
            throw new UserError("read.nothing", inputs.get(0));
        }
        Progress progress = new Progress(env, env.t("read.progress"), files.size());
        ReadBatch.Result result = new ReadBatch(new WorkbookReader(new TemplateMaps(templates::resolveForReading)))
                .read(files, f -> progress.step());
        new ProblemPrinter(env).print(result.problems());
        printForms(result.formsFound());
        int projects = (int) result.registry().projects().count();
        if (projects == 0) {
            throw new UserError("read.noneRead", files.size());
        }
        RegistryIO io = new RegistryIO();
        if (output == null) {
            env.out().print(io.toText(result.registry(), stdoutFormat));
            env.out().flush();
        } else {
            io.write(result.registry(), output, force);
        }
        long unread = result.problems().stream().filter(p -> p.error() && p.sheet() == null)
                .map(cn.jixiao.read.ReadProblem::file).distinct().count(); // counted as read only when read
        env.err().println(env.t(unread == 0 ? "read.done" : "read.doneWithFailures", files.size() - unread,
                result.registry().units().size(), projects, output == null ? "-" : output, result.forms(),
                result.warnings(), unread));
        return ExitCodes.of(result.hasErrors(), false);
    }

    /**
     * Files read past this many, the ones laid out as we send them (at most one form on a sheet) are summed
     * up in one line: a district's 3,000 returns would otherwise print 3,000 lines that all say the
     * same, burying the few books that hold several forms on a sheet, or none, which keep a line each.
     */
    static final int FILES_LISTED = 20;

    private void printForms(java.util.Map<Path, java.util.Map<String, Integer>> found) {
        boolean fold = found.size() > FILES_LISTED;
        int packs = 0;
        int packForms = 0;
        for (var e : found.entrySet()) {
            int forms = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            if (fold && forms > 0 && e.getValue().values().stream().allMatch(n -> n <= 1)) {
                packs++;
                packForms += forms;
            } else {
                env.err().println(formsLine(e.getKey(), e.getValue()));
            }
        }
        if (packs > 0) {
            env.err().println(env.t("read.formsInPacks", packs, packForms));
        }
    }

    /**
     * How many forms each sheet of a file held: "汇总.xlsx：104 张表单（Sheet1：104 张）". A pack of
     * one form per sheet names the sheets that differ and sums up the rest, to keep the line short.
     */
    private String formsLine(Path file, java.util.Map<String, Integer> sheets) {
        int total = sheets.values().stream().mapToInt(Integer::intValue).sum();
        java.util.List<String> parts = new java.util.ArrayList<>();
        int ones = 0;
        for (var e : sheets.entrySet()) {
            if (e.getValue() == 1 && sheets.size() > 3) {
                ones++;
            } else {
                parts.add(env.t("read.formsInSheet", e.getKey(), e.getValue()));
            }
        }
        if (ones > 0) {
            parts.add(env.t("read.formsOther", ones));
        }
        return env.t("read.formsInFile", file.getFileName(), total, String.join(env.t("read.formsSeparator"), parts));
    }
}
