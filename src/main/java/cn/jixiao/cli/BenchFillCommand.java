package cn.jixiao.cli;

import cn.jixiao.bench.SyntheticRegistry;
import cn.jixiao.fill.FileNames;
import cn.jixiao.fill.FillPlan;
import cn.jixiao.fill.Filler;
import cn.jixiao.fill.WorkbookFiller;
import cn.jixiao.fill.WorkbookJob;
import cn.jixiao.registry.Registry;
import cn.jixiao.template.TemplateSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.io.file.PathUtils;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jixiao bench fill}: the full fill pipeline against the plain jxls loop it replaces
 * (one JxlsPoiTemplateFillerBuilder fill per unit, same template, sequential), in one run.
 */
@Command(name = "fill", mixinStandardHelpOptions = true)
public final class BenchFillCommand implements Callable<Integer> {

    @Option(names = "--units", defaultValue = "200", descriptionKey = "bench.units")
    int units;

    @Mixin
    BenchSize size;

    private final Env env;

    public BenchFillCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        int projects = size.projects(20);
        Registry registry = SyntheticRegistry.of(units, projects, size.indicators);
        Path dir = Files.createTempDirectory("jixiao-bench");
        try {
            List<WorkbookJob> jobs = FillPlan.of(registry, FillPlan.Grouping.UNIT, dir.resolve("pipeline"),
                    FileNames.DEFAULT_PATTERN, f -> TemplateSource.resolve(f, null, null), new FileNames());
            // Warm up both paths on a few units so the JIT does not favour whichever runs second.
            plainLoop(jobs.subList(0, Math.min(3, jobs.size())), dir.resolve("warm"));
            Filler.perCore().fill(jobs.subList(0, Math.min(3, jobs.size())), true, j -> { });

            long t0 = System.nanoTime();
            plainLoop(jobs, dir.resolve("plain"));
            long plain = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            Filler.perCore().fill(jobs, true, j -> { });
            long pipeline = System.nanoTime() - t1;

            env.out().printf("bench fill: %d units × %d projects × %d indicators, %d cores%n",
                    units, projects, size.indicators, Runtime.getRuntime().availableProcessors());
            env.out().printf("  plain jxls loop (sequential, fill only): %8.2f s  %6.1f ms/unit%n",
                    plain / 1e9, plain / 1e6 / units);
            env.out().printf("  jixiao fill (finished, atomic, parallel): %8.2f s  %6.1f ms/unit%n",
                    pipeline / 1e9, pipeline / 1e6 / units);
            env.out().printf("  ratio jixiao / plain: %.2f%n", (double) pipeline / plain);
            return ExitCodes.OK;
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    /** The baseline: what a hand-written jxls script does, one unit after another. */
    private static void plainLoop(List<WorkbookJob> jobs, Path out) throws IOException {
        Files.createDirectories(out);
        int n = 0;
        for (WorkbookJob job : jobs) {
            try (OutputStream os = Files.newOutputStream(out.resolve(n++ + ".xlsx"))) {
                JxlsPoiTemplateFillerBuilder.newInstance()
                        .withTemplate(new ByteArrayInputStream(job.template().bytes()))
                        .build()
                        .fill(WorkbookFiller.contextFor(job), () -> os);
            }
        }
    }
}
