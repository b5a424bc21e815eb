package cn.jixiao.cli;

import cn.jixiao.bench.HeapGauge;
import cn.jixiao.bench.SyntheticRegistry;
import cn.jixiao.fill.FileNames;
import cn.jixiao.fill.FillPlan;
import cn.jixiao.fill.Filler;
import cn.jixiao.fill.WorkbookJob;
import cn.jixiao.read.ReadBatch;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.rollup.Rollup;
import cn.jixiao.template.RollupTemplate;
import cn.jixiao.template.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jixiao bench rollup}: rolling N returned workbooks up into a summary book, beside the read
 * benchmark's baseline (reading the same files into a registry), with the heap that stays live as
 * the count grows: the rollup is measured over a tenth of the files and over all of them.
 */
@Command(name = "rollup", mixinStandardHelpOptions = true)
public final class BenchRollupCommand implements Callable<Integer> {

    @Option(names = "--files", defaultValue = "1000", descriptionKey = "bench.files")
    int files;

    @Option(names = "--forms", descriptionKey = "bench.forms")
    boolean forms;

    @Mixin
    BenchSize size;

    private final Env env;

    public BenchRollupCommand(Env env) {
        this.env = env;
    }

    /** Fills the returned workbooks; the registry they came from is let go, so it does not weigh on the heap figures. */
    private List<Path> prepare(Path dir, int projects, Function<FormFamily, TemplateSource> templates) {
        List<WorkbookJob> jobs = FillPlan.of(SyntheticRegistry.of(files, projects, size.indicators),
                FillPlan.Grouping.UNIT, dir.resolve("returns"), FileNames.DEFAULT_PATTERN, templates, new FileNames());
        env.err().println(env.t("bench.preparing", String.valueOf(files)));
        Filler.perCore().fill(jobs, true, j -> { });
        return jobs.stream().map(WorkbookJob::target).toList();
    }

    @Override
    public Integer call() throws Exception {
        int projects = size.projects(10);
        Path dir = Files.createTempDirectory("jixiao-bench");
        try {
            Function<FormFamily, TemplateSource> templates = f -> TemplateSource.resolve(f, null, null);
            List<Path> books = prepare(dir, projects, templates);
            WorkbookReader reader = new WorkbookReader(new TemplateMaps(templates));
            Rollup rollup = new Rollup(reader, new Rollup.Options(MoneyUnit.WAN_YUAN, null, null, forms, templates,
                    TemplateSource.resolve("huizong", RollupTemplate.FILE, null, null)));
            List<Path> tenth = books.subList(0, Math.max(1, books.size() / 10));
            rollup.run(tenth.subList(0, Math.min(10, tenth.size())), dir.resolve("warm.xlsx"), true, null, null, f -> { });

            long t0 = System.nanoTime();
            new ReadBatch(reader).read(books, f -> { });
            long read = System.nanoTime() - t0;

            double smallLive;
            long t1 = System.nanoTime();
            try (HeapGauge.LiveSampler sampler = new HeapGauge.LiveSampler(250)) {
                rollup.run(tenth, dir.resolve("tenth.xlsx"), true, null, null, f -> { });
                smallLive = sampler.maxLiveMiB();
            }
            long small = System.nanoTime() - t1;

            double allLive;
            Rollup.Result result;
            long t2 = System.nanoTime();
            try (HeapGauge.LiveSampler sampler = new HeapGauge.LiveSampler(250)) {
                result = rollup.run(books, dir.resolve("all.xlsx"), true, null, null, f -> { });
                allLive = sampler.maxLiveMiB();
            }
            long all = System.nanoTime() - t2;

            env.out().printf("bench rollup: %d workbooks × %d projects × %d indicators, forms %s (%d projects rolled up)%n",
                    files, projects, size.indicators, forms ? "included" : "left out", result.projects());
            env.out().printf("  baseline, jixiao read to a registry: %8.2f s  %6.1f ms/workbook%n",
                    read / 1e9, read / 1e6 / files);
            env.out().printf("  rollup of %5d workbooks:            %8.2f s  %6.1f ms/workbook  max live heap %6.1f MiB%n",
                    tenth.size(), small / 1e9, small / 1e6 / tenth.size(), smallLive);
            env.out().printf("  rollup of %5d workbooks:            %8.2f s  %6.1f ms/workbook  max live heap %6.1f MiB%n",
                    books.size(), all / 1e9, all / 1e6 / books.size(), allLive);
            env.out().println("  (live heap: sampled after a full collection every 250 ms; timings include the samples)");
            env.out().printf("  book written: %.1f MiB%n", Files.size(dir.resolve("all.xlsx")) / 1048576.0);
            return ExitCodes.OK;
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }
}
