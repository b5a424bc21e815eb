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
import cn.jixiao.template.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.io.file.PathUtils;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jixiao bench read}: reading N returned workbooks into a registry, against merely opening
 * the same files with POI's XSSFWorkbook, one after another, with the heap each phase peaks at
 * and keeps.
 */
@Command(name = "read", mixinStandardHelpOptions = true)
public final class BenchReadCommand implements Callable<Integer> {

    @Option(names = "--files", defaultValue = "1000", descriptionKey = "bench.files")
    int files;

    @Mixin
    BenchSize size;

    private final Env env;

    public BenchReadCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        int projects = size.projects(10);
        Path dir = Files.createTempDirectory("jixiao-bench");
        try {
            List<WorkbookJob> jobs = FillPlan.of(SyntheticRegistry.of(files, projects, size.indicators),
                    FillPlan.Grouping.UNIT, dir, FileNames.DEFAULT_PATTERN, f -> TemplateSource.resolve(f, null, null),
                    new FileNames());
            env.err().println(env.t("bench.preparing", String.valueOf(files)));
            Filler.perCore().fill(jobs, true, j -> { });
            List<Path> books = jobs.stream().map(WorkbookJob::target).toList();
            ReadBatch batch = new ReadBatch(new WorkbookReader(new TemplateMaps(f -> TemplateSource.resolve(f, null, null))));
            List<Path> warm = books.subList(0, Math.min(20, books.size()));
            openAll(warm);
            batch.read(warm, f -> { });

            HeapGauge.resetPeak();
            long t0 = System.nanoTime();
            openAll(books);
            long open = System.nanoTime() - t0;
            double openPeak = HeapGauge.peakMiB();

            List<Double> live = new ArrayList<>();
            int[] done = {0};
            HeapGauge.resetPeak();
            long t1 = System.nanoTime();
            ReadBatch.Result result = batch.read(books, f -> {
                if (++done[0] == books.size() / 10) {
                    live.add(HeapGauge.liveMiB());
                }
            });
            long read = System.nanoTime() - t1;
            double readPeak = HeapGauge.peakMiB();
            live.add(HeapGauge.liveMiB());

            long forms = result.registry().projects().count();
            env.out().printf("bench read: %d workbooks × %d projects × %d indicators (%d forms read, %d problems)%n",
                    files, projects, size.indicators, forms, result.problems().size());
            env.out().printf("  POI XSSFWorkbook open only: %8.2f s  %6.1f ms/file  peak heap %7.1f MiB%n",
                    open / 1e9, open / 1e6 / files, openPeak);
            env.out().printf("  jixiao read (to registry):  %8.2f s  %6.1f ms/file  peak heap %7.1f MiB%n",
                    read / 1e9, read / 1e6 / files, readPeak);
            env.out().printf("  ratio jixiao / open: %.2f%n", (double) read / open);
            env.out().printf("  live heap after GC, jixiao read: %.1f MiB after %d files, %.1f MiB after %d"
                    + " (the registry read so far included)%n", live.get(0), books.size() / 10, live.get(1), books.size());
            return ExitCodes.OK;
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    /** The baseline: open each file as a POI workbook and close it, nothing more. */
    private static void openAll(List<Path> books) throws Exception {
        for (Path book : books) {
            try (XSSFWorkbook wb = new XSSFWorkbook(OPCPackage.open(book.toFile(), PackageAccess.READ))) {
                wb.getNumberOfSheets();
            }
        }
    }
}
