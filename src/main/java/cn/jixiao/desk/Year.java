package cn.jixiao.desk;

import cn.jixiao.check.Checker;
import cn.jixiao.check.Subject;
import cn.jixiao.diff.Change;
import cn.jixiao.fill.FileNames;
import cn.jixiao.fill.FillPlan;
import cn.jixiao.fill.Filler;
import cn.jixiao.fill.WorkbookJob;
import cn.jixiao.i18n.UserError;
import cn.jixiao.read.Inputs;
import cn.jixiao.read.ReadBatch;
import cn.jixiao.read.ReadProblem;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Registry;
import cn.jixiao.rollup.Rollup;
import cn.jixiao.rollup.UnitStatus;
import cn.jixiao.service.ChangeService;
import cn.jixiao.service.CheckService;
import cn.jixiao.service.SentRegistry;
import cn.jixiao.template.RollupTemplate;
import cn.jixiao.template.TemplateSource;
import cn.jixiao.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The year's work in one workspace, step by step, each step the one the commands run (the same
 * registry loader, fill plan, rollup, status, checker and diff) on the paths jixiao.yaml names.
 */
final class Year {

    /** What the returns folder holds and how it stands against the registry sent. */
    record Returns(Registry sent, List<UnitStatus> status, List<ReadProblem> problems, Checker.Report report,
                   List<Change> changes) {
    }

    private final Path dir;

    Year(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
        located();
    }

    Path dir() {
        return dir;
    }

    /** jixiao.yaml as it is now: read each time, because the page itself may point it at a new registry. */
    private Workspace.Located located() {
        return Workspace.in(dir).orElseThrow(() -> new UserError("desk.noWorkspace", dir));
    }

    Workspace config() {
        return located().config();
    }

    Path registryFile() {
        return located().path(config().registry());
    }

    Path packsDir() {
        return located().path(config().packs());
    }

    Path returnsDir() {
        return located().path(config().returns());
    }

    Path bookFile() {
        return located().path(config().rollupOutput());
    }

    private Path templatesDir() {
        return config().templates() == null ? null : located().path(config().templates());
    }

    Function<FormFamily, TemplateSource> templates() {
        Path dir = templatesDir();
        return f -> TemplateSource.resolve(f, null, dir);
    }

    /** The registry as sent, with the ids fill gives its projects. */
    Registry sent() {
        return SentRegistry.read(registryFile());
    }

    /** The registry's own findings (the checker's registry rules). */
    Checker.Report registryFindings() {
        return new CheckService(reader()).findings(List.of(registryFile()), f -> { });
    }

    /** Makes one workbook per implementing unit into the packs folder. */
    List<WorkbookJob> fill(boolean force, Jobs.Progress progress) {
        String pattern = config().name() != null ? config().name() : FileNames.DEFAULT_PATTERN;
        List<WorkbookJob> jobs = FillPlan.of(sent(), FillPlan.Grouping.UNIT, packsDir(), pattern, templates(),
                new FileNames());
        if (!force) {
            for (WorkbookJob job : jobs) {
                if (Files.exists(job.target())) {
                    throw new UserError("desk.packs.exist", job.target().getFileName());
                }
            }
        }
        progress.total(jobs.size());
        Filler.perCore().fill(jobs, force, job -> progress.step());
        return jobs;
    }

    /** The summary book from the returns, against the registry sent, written over the last one. */
    Rollup.Result rollup(Jobs.Progress progress) {
        List<Path> inputs = List.of(returnsDir());
        progress.total(Rollup.files(inputs).size());
        MoneyUnit money = money();
        Rollup rollup = new Rollup(reader(), Rollup.Options.of(money, templates(),
                TemplateSource.resolve("huizong", RollupTemplate.FILE, null, templatesDir()))
                .withTitle(config().title()).withSent(sent()).withForms(true));
        return rollup.run(inputs, Rollup.Outputs.book(bookFile(), true), f -> progress.step());
    }

    MoneyUnit money() {
        try {
            return MoneyUnit.of(config().moneyUnit() == null ? "万元" : config().moneyUnit());
        } catch (IllegalArgumentException e) {
            throw new UserError("rollup.badMoneyUnit", config().moneyUnit());
        }
    }

    /** Status, findings and changes of what came back: what `status`, `check` and `diff` report. */
    Returns returns() {
        Registry sent = sent();
        WorkbookReader reader = reader();
        List<Path> inputs = List.of(returnsDir());
        Rollup.Result status = new Rollup(reader, Rollup.Options.of(MoneyUnit.WAN_YUAN, templates())
                .withSent(sent)).status(inputs, f -> { });
        List<Path> files = Inputs.files(inputs);
        Checker.Report report = new CheckService(reader).findings(files, f -> { });
        // The changes of the projects the check has just read, in the order read: not a third read of the returns.
        List<Change> changes = ChangeService.of(sent, report.subjects().stream().map(Subject::returned).toList());
        return new Returns(sent, status.status(), status.problems(), report, changes);
    }

    /** The workbooks in a folder of the workspace, by name. */
    static List<Path> workbooks(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        return ReadBatch.expand(List.of(folder));
    }

    /** A fingerprint of the registry (and the returns folder): what was worked out is redone only when it changes. */
    String stamp(boolean withReturns) {
        StringBuilder b = new StringBuilder();
        for (Path p : Stream.concat(Stream.of(dir.resolve(Workspace.FILE), registryFile()),
                withReturns ? workbooks(returnsDir()).stream() : Stream.empty()).toList()) {
            try {
                b.append(p.getFileName()).append('|').append(Files.size(p)).append('|')
                        .append(Files.getLastModifiedTime(p).toMillis()).append('\n');
            } catch (IOException e) {
                b.append(p.getFileName()).append("|gone\n");
            }
        }
        return Integer.toHexString(b.toString().hashCode()) + "-" + b.length();
    }

    /** Learns the forms from the template files as they are (re-aiming their jx: comments is for filling). */
    private WorkbookReader reader() {
        Path dir = templatesDir();
        return new WorkbookReader(new TemplateMaps(f -> TemplateSource.resolveForReading(f, null, dir)));
    }
}
