package cn.jixiao.demo;

import cn.jixiao.check.Checker;
import cn.jixiao.fill.FillPlan;
import cn.jixiao.fill.Filler;
import cn.jixiao.fill.WorkbookJob;
import cn.jixiao.i18n.Messages;
import cn.jixiao.i18n.UserError;
import cn.jixiao.read.Inputs;
import cn.jixiao.read.ReadBatch;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.report.FindingsView;
import cn.jixiao.rollup.Rollup;
import cn.jixiao.rollup.UnitStatus;
import cn.jixiao.service.CheckService;
import cn.jixiao.service.SentRegistry;
import cn.jixiao.template.RollupTemplate;
import cn.jixiao.template.TemplateSource;
import cn.jixiao.util.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A finance office's round, played on the five seed registries with nothing set up: the packs are
 * filled, units "return" them (most as sent, one with an indicator added, one with a value
 * corrected, one re-saved as .xls, one not at all), and they are read back, rolled up against what
 * was sent, and checked. Every step is the real one the commands run.
 */
public final class Demo {

    static final List<String> REGISTRIES = List.of("wujing-2026-mubiao", "jiuting-2026-shenbao",
            "wujing-2022-ziping", "pujiang-2024-mubiao", "xidu-2024-shenbao");

    /** Where one registry's outputs went and what the steps found. */
    public record Outcome(String registry, Path sent, Path packs, int packCount, Path returns,
                          List<SimulatedReturns.Event> events, Path read, int projectsRead, Path book,
                          List<UnitStatus> status, Path report, long errors, long warnings, int changes) {

        public long eventCount(String what) {
            return events.stream().filter(e -> e.what().equals(what)).count();
        }
    }

    private final Function<FormFamily, TemplateSource> templates = f -> TemplateSource.resolve(f, null, null);
    private final RegistryIO io = new RegistryIO();

    public List<Outcome> run(Path dir, boolean force, Messages messages, Consumer<String> step) {
        List<Outcome> outcomes = new ArrayList<>();
        for (String name : REGISTRIES) {
            step.accept(name);
            try {
                outcomes.add(one(dir, name, force, messages));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return outcomes;
    }

    private Outcome one(Path dir, String name, boolean force, Messages messages) throws IOException {
        Path sent = dir.resolve("登记表").resolve(name + ".yaml");
        try (InputStream in = Demo.class.getResourceAsStream("/demo/registries/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("seed registry missing from the jar: " + name);
            }
            byte[] bytes = in.readAllBytes();
            AtomicFiles.write(sent, force, out -> out.write(bytes));
        }
        Registry registry = SentRegistry.read(sent);

        Path packs = dir.resolve("1-填报").resolve(name);
        List<WorkbookJob> jobs = FillPlan.byUnit(registry, packs, templates);
        Filler.perCore().fill(jobs, force, j -> { });
        List<Path> written = jobs.stream().map(WorkbookJob::target).toList();

        Path returns = dir.resolve("2-交回").resolve(name);
        if (force) {
            org.apache.commons.io.FileUtils.deleteDirectory(returns.toFile());
        } else if (java.nio.file.Files.exists(returns)) {
            throw new UserError("output.exists", returns);
        }
        List<SimulatedReturns.Event> events = SimulatedReturns.make(written, returns);

        WorkbookReader reader = new WorkbookReader(new TemplateMaps(templates));
        List<Path> returned = Inputs.files(List.of(returns));
        ReadBatch.Result read = new ReadBatch(reader).read(returned, f -> { });
        Path readBack = dir.resolve("3-读回").resolve(name + ".yaml");
        io.write(read.registry(), readBack, force);

        Path book = dir.resolve("4-汇总").resolve(name + "-汇总表.xlsx");
        Rollup.Options options = Rollup.Options.of(registry.moneyUnit() == null ? MoneyUnit.WAN_YUAN
                : registry.moneyUnit(), templates, TemplateSource.resolve("huizong", RollupTemplate.FILE, null, null))
                .withSent(registry).withForms(true);
        Rollup.Result rollup = new Rollup(reader, options).run(List.of(returns), Rollup.Outputs.book(book, force),
                f -> { });

        CheckService check = new CheckService(reader);
        Checker.Report report = check.findings(returned, f -> { });
        FindingsView view = FindingsView.of(report, messages);
        Path html = dir.resolve("5-审核").resolve(name + "-审核报告.html");
        int changes = check.writeHtml(report, registry, sent, returned, messages, html, force);

        return new Outcome(name, sent, packs, written.size(), returns, events, readBack,
                (int) read.registry().projects().count(), book, rollup.status(), html, view.getErrors(),
                view.getWarnings(), changes);
    }
}
