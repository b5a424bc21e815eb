package cn.jixiao.bench;

import cn.jixiao.read.ReadBatch;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.rollup.Rollup;
import cn.jixiao.template.RollupTemplate;
import cn.jixiao.template.TemplateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.io.file.PathUtils;

/**
 * Rolling N returned workbooks up into a summary book, beside the read of the same files into a
 * registry, with the heap that stays live as the count grows: the rollup runs over a tenth of the
 * files and over all of them.
 */
public final class RollupBench {

    /** What one run measured; the whole-process figures are absent when not run from the jar. */
    public record Result(int files, int projects, int indicators, boolean forms, int rolledUp, int formsOmitted,
                         long readNanos, int tenthFiles, double tenthLiveMiB, long allNanos, double allLiveMiB,
                         double bookMiB, int runs, Optional<Processes> processes) {
        public double ratio() {
            return (double) allNanos / readNanos;
        }

        public BenchRow row() {
            String what = !forms ? "left out" : formsOmitted > 0 ? "left out past Rollup.MAX_FORMS" : "included";
            return new BenchRow(String.format("`bench rollup` (%d workbooks, %d forms %s)", files, rolledUp, what),
                    String.format("%.1f ms/workbook, max live heap %.0f MiB (%.0f MiB at a tenth)",
                            allNanos / 1e6 / files, allLiveMiB, tenthLiveMiB),
                    String.format("read %.1f ms/workbook", readNanos / 1e6 / files), ratio(),
                    forms ? "≤ 2×, heap flat in forms" : "≤ 1.5×");
        }
    }

    /**
     * The same returns as whole processes, JVM start included, as a user runs them: {@code jixiao
     * rollup} (forms as the book takes them, or {@code --no-forms}) against {@code jixiao read}.
     */
    public record Processes(int files, boolean forms, int runs, long rollupNanos, long readNanos) {
        public double ratio() {
            return (double) rollupNanos / readNanos;
        }

        public BenchRow row() {
            return new BenchRow(String.format("`rollup` of %d workbooks, forms %s, whole process", files,
                    forms ? "included" : "left out"), String.format("%.2f s", rollupNanos / 1e9),
                    String.format("`read` of the same workbooks, whole process: %.2f s", readNanos / 1e9), ratio(),
                    forms ? "≤ 2×" : "≤ 1.5×");
        }
    }

    private RollupBench() {
    }

    /** jixiao rollup and jixiao read of the returns' folder (which holds only them), in turn. */
    private static Processes processes(WholeProcess wp, Path dir, boolean forms, int runs)
            throws IOException, InterruptedException {
        String returns = dir.resolve("returns").toString();
        List<String> options = wp.launcherOptions();
        List<String> rollup = new java.util.ArrayList<>(wp.jixiao(options, "rollup", returns, "-o",
                dir.resolve("process.xlsx").toString(), "--force"));
        if (!forms) {
            rollup.add("--no-forms");
        }
        long[] m = WholeProcess.medians(List.of(rollup,
                wp.jixiao(options, "read", returns, "-o", dir.resolve("process.yaml").toString(), "--force")), runs);
        try (var listed = Files.list(dir.resolve("returns"))) {
            return new Processes((int) listed.count(), forms, runs, m[0], m[1]);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static Result run(int files, int projects, int indicators, boolean forms, Consumer<Integer> preparing)
            throws IOException, InterruptedException {
        return run(files, projects, indicators, forms, Rollup.MAX_FORMS, 1, preparing);
    }

    /**
     * With another limit on the forms than the book's (maxForms), to measure the heap past it; the
     * read and the rollup are timed runs times, one after the other, and the medians reported.
     */
    public static Result run(int files, int projects, int indicators, boolean forms, int maxForms, int runs,
                             Consumer<Integer> preparing) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jixiao-bench");
        try {
            Function<FormFamily, TemplateSource> templates = f -> TemplateSource.resolve(f, null, null);
            preparing.accept(files);
            List<Path> books = Returns.fill(dir.resolve("returns"), files, projects, indicators);
            WorkbookReader reader = new WorkbookReader(new TemplateMaps(templates));
            Rollup rollup = new Rollup(reader, new Rollup.Options(MoneyUnit.WAN_YUAN, null, null, forms, templates,
                    TemplateSource.resolve("huizong", RollupTemplate.FILE, null, null)), maxForms);
            List<Path> tenth = books.subList(0, Math.max(1, books.size() / 10));
            rollup.run(tenth.subList(0, Math.min(10, tenth.size())), dir.resolve("warm.xlsx"), true, null, null, f -> { });
            new ReadBatch(reader).read(tenth.subList(0, Math.min(10, tenth.size())), f -> { });

            // Interleaved, so that a slower spell of the machine weighs on both alike.
            long[] reads = new long[runs];
            long[] rollups = new long[runs];
            Rollup.Result result = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                new ReadBatch(reader).read(books, f -> { });
                reads[i] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                result = rollup.run(books, dir.resolve("all.xlsx"), true, null, null, f -> { });
                rollups[i] = System.nanoTime() - t1;
            }
            long read = median(reads);
            long all = median(rollups);

            // The heap is sampled in runs of their own: a full collection every 250 ms would weigh on the timing.
            double smallLive;
            try (HeapGauge.LiveSampler sampler = new HeapGauge.LiveSampler(250)) {
                rollup.run(tenth, dir.resolve("tenth.xlsx"), true, null, null, f -> { });
                smallLive = sampler.maxLiveMiB();
            }
            double allLive;
            try (HeapGauge.LiveSampler sampler = new HeapGauge.LiveSampler(250)) {
                rollup.run(books, dir.resolve("all.xlsx"), true, null, null, f -> { });
                allLive = sampler.maxLiveMiB();
            }
            double bookMiB = Files.size(dir.resolve("all.xlsx")) / 1048576.0;
            Optional<Processes> processes = Optional.empty();
            Optional<WholeProcess> wp = WholeProcess.fromJar();
            if (wp.isPresent()) {
                // The command takes forms up to the book's own limit, whatever limit this run measured with.
                processes = Optional.of(processes(wp.get(), dir, forms && result.projects() <= Rollup.MAX_FORMS, runs));
            }
            return new Result(files, projects, indicators, forms, result.projects(), result.formsOmitted(), read,
                    tenth.size(), smallLive, all, allLive, bookMiB, runs, processes);
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }
}
