package cn.jixiao.bench;

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
import org.apache.commons.io.file.PathUtils;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;

/**
 * The full fill pipeline against the plain jxls loop it replaces (one JxlsPoiTemplateFillerBuilder
 * fill per unit, same template, sequential), in one run.
 */
public final class FillBench {

    /** What one run measured. */
    public record Result(int units, int projects, int indicators, int cores, long plainNanos, long pipelineNanos) {
        public double ratio() {
            return (double) pipelineNanos / plainNanos;
        }

        public BenchRow row() {
            return new BenchRow(String.format("`bench fill` (%d units × %d × %d)", units, projects, indicators),
                    String.format("%.1f s", pipelineNanos / 1e9),
                    String.format("plain jxls loop %.1f s", plainNanos / 1e9), ratio(), "≤ 0.5");
        }
    }

    private FillBench() {
    }

    public static Result run(int units, int projects, int indicators) throws IOException {
        Registry registry = SyntheticRegistry.of(units, projects, indicators);
        Path dir = Files.createTempDirectory("jixiao-bench");
        try {
            List<WorkbookJob> jobs = FillPlan.of(registry, FillPlan.Grouping.UNIT, dir.resolve("pipeline"),
                    FileNames.DEFAULT_PATTERN, f -> TemplateSource.resolve(f, null, null), new FileNames());
            // Warm up both paths on a few units so the JIT does not favour whichever runs second.
            List<WorkbookJob> warm = jobs.subList(0, Math.min(3, jobs.size()));
            plainLoop(warm, dir.resolve("warm"));
            Filler.perCore().fill(warm, true, j -> { });

            long t0 = System.nanoTime();
            plainLoop(jobs, dir.resolve("plain"));
            long plain = System.nanoTime() - t0;
            long t1 = System.nanoTime();
            Filler.perCore().fill(jobs, true, j -> { });
            long pipeline = System.nanoTime() - t1;
            return new Result(units, projects, indicators, Runtime.getRuntime().availableProcessors(), plain, pipeline);
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
