package cn.jixiao.bench;

import cn.jixiao.read.ReadBatch;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.template.TemplateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.io.file.PathUtils;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;

/**
 * Reading N returned workbooks into a registry, against the yardstick of opening the same files
 * with POI's XSSFWorkbook and touching every cell ({@link PoiTouch}): in process, one after another,
 * with the heap each peaks at; and as whole processes (JVM start included) over the first packs.
 */
public final class ReadBench {

    /** What one run measured; the whole-process figures are absent when not run from the jar. */
    public record Result(int files, int projects, int indicators, long forms, int problems,
                         long poiNanos, double poiPeakMiB, long readNanos, double readPeakMiB,
                         double liveTenthMiB, double liveAllMiB, Optional<Processes> processes) {
        public double ratio() {
            return (double) readNanos / poiNanos;
        }

        public BenchRow row() {
            return new BenchRow(String.format("`bench read` (%d workbooks, in process)", files),
                    String.format("%.1f ms/file, %.0f MiB peak", readNanos / 1e6 / files, readPeakMiB),
                    String.format("XSSFWorkbook open + touch %.1f ms/file, %.0f MiB", poiNanos / 1e6 / files, poiPeakMiB),
                    ratio(), "≤ 0.25, peak heap below POI's");
        }
    }

    /** Whole processes over the first packs: jixiao read, POI as a plain script, POI with jixiao's JVM options. */
    public record Processes(int packs, int runs, long jixiaoNanos, long poiNanos, long poiSameOptionsNanos,
                            List<String> options) {
        public double ratio() {
            return (double) jixiaoNanos / poiNanos;
        }

        public BenchRow row() {
            return new BenchRow(String.format("read %d packs, whole process", packs),
                    String.format("%.2f s", jixiaoNanos / 1e9),
                    String.format("POI `XSSFWorkbook` open + touch, same files: %.2f s", poiNanos / 1e9),
                    ratio(), "≤ 0.25");
        }
    }

    private ReadBench() {
    }

    public static Result run(int files, int projects, int indicators, int packs, int runs, Consumer<Integer> preparing)
            throws IOException, InvalidFormatException, InterruptedException {
        Path dir = Files.createTempDirectory("jixiao-bench");
        try {
            preparing.accept(files);
            List<Path> books = Returns.fill(dir.resolve("returns"), files, projects, indicators);
            ReadBatch batch = new ReadBatch(new WorkbookReader(new TemplateMaps(f -> TemplateSource.resolve(f, null, null))));
            List<Path> warm = books.subList(0, Math.min(20, books.size()));
            PoiTouch.touchAll(warm);
            batch.read(warm, f -> { });

            // Each phase starts from a collected heap, so that neither counts what the other left
            // in the old generation; the live heap is sampled in a run of its own, since the full
            // collections that sampling takes would lower the peak of the run they are taken in.
            System.gc();
            HeapGauge.resetPeak();
            long t0 = System.nanoTime();
            PoiTouch.touchAll(books);
            long poi = System.nanoTime() - t0;
            double poiPeak = HeapGauge.peakMiB();

            System.gc();
            HeapGauge.resetPeak();
            long t1 = System.nanoTime();
            batch.read(books, f -> { });
            long read = System.nanoTime() - t1;
            double readPeak = HeapGauge.peakMiB();

            List<Double> live = new ArrayList<>();
            int[] done = {0};
            ReadBatch.Result sampled = batch.read(books, f -> {
                if (++done[0] == Math.max(1, books.size() / 10)) {
                    live.add(HeapGauge.liveMiB());
                }
            });
            live.add(HeapGauge.liveMiB());

            Optional<Processes> processes = Optional.empty();
            Optional<WholeProcess> wp = WholeProcess.fromJar();
            if (packs > 0 && wp.isPresent()) {
                processes = Optional.of(processes(wp.get(), dir, books.subList(0, Math.min(packs, books.size())), runs));
            }
            return new Result(files, projects, indicators, sampled.registry().projects().count(),
                    sampled.problems().size(), poi, poiPeak, read, readPeak, live.get(0), live.get(1), processes);
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    private static Processes processes(WholeProcess wp, Path dir, List<Path> packs, int runs)
            throws IOException, InterruptedException {
        Path folder = dir.resolve("packs");
        Files.createDirectories(folder);
        for (Path p : packs) {
            Files.copy(p, folder.resolve(p.getFileName()));
        }
        String out = dir.resolve("read.yaml").toString();
        List<String> options = wp.launcherOptions();
        long[] m = WholeProcess.medians(List.of(
                wp.jixiao(options, "read", folder.toString(), "-o", out, "--force"),
                wp.main(List.of(), PoiTouch.class, folder.toString()),
                wp.main(options, PoiTouch.class, folder.toString())), runs);
        return new Processes(packs.size(), runs, m[0], m[1], m[2], options);
    }
}
