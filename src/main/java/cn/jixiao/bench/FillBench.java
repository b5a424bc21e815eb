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
 * fill per unit, same template, sequential), in one run: the units in four slices, each slice
 * filled by the loop and then by the pipeline.
 */
public final class FillBench {

    /** What one run measured. */
    public record Result(int units, int projects, int indicators, int cores, int slices, long plainNanos,
                         long pipelineNanos) {
        public double ratio() {
            return (double) pipelineNanos / plainNanos;
        }

        public BenchRow row() {
            return new BenchRow(String.format("`bench fill` (%d units × %d × %d)", units, projects, indicators),
                    String.format("%.1f s", pipelineNanos / 1e9),
                    String.format("plain jxls loop %.1f s", plainNanos / 1e9), ratio(), "≤ 0.5");
        }
    }

    /** How many alternating slices each side's units are run in. */
    static final int SLICES = 4;

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

            // In alternating slices, so that a slow spell of the machine (on these shared machines the
            // same loop took 23 s in one run and 41 s in the next) falls on both sides alike.
            long plain = 0;
            long pipeline = 0;
            int slices = Math.min(SLICES, jobs.size());
            for (int s = 0; s < slices; s++) {
                List<WorkbookJob> slice = jobs.subList(s * jobs.size() / slices, (s + 1) * jobs.size() / slices);
                long t0 = System.nanoTime();
                plainLoop(slice, dir.resolve("plain"));
                plain += System.nanoTime() - t0;
                long t1 = System.nanoTime();
                Filler.perCore().fill(slice, true, j -> { });
                pipeline += System.nanoTime() - t1;
            }
            return new Result(units, projects, indicators, Runtime.getRuntime().availableProcessors(), slices, plain,
                    pipeline);
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    /** The baseline: what a hand-written jxls script does, one unit after another. */
    private static void plainLoop(List<WorkbookJob> jobs, Path out) throws IOException {
        Files.createDirectories(out);
        for (WorkbookJob job : jobs) {
            // Named as the pipeline names it, so that each slice writes files of its own.
            try (OutputStream os = Files.newOutputStream(out.resolve(job.target().getFileName()))) {
                JxlsPoiTemplateFillerBuilder.newInstance()
                        .withTemplate(new ByteArrayInputStream(job.template().bytes()))
                        .build()
                        .fill(WorkbookFiller.contextFor(job), () -> os);
            }
        }
    }
}
