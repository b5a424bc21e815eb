package cn.jixiao.cli;

import cn.jixiao.bench.BenchRow;
import cn.jixiao.bench.ReadBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jixiao bench read}: runs {@link ReadBench} and prints its figures and its rows of the table. */
@Command(name = "read", mixinStandardHelpOptions = true)
public final class BenchReadCommand implements Callable<Integer> {

    @Option(names = "--files", defaultValue = "1000", descriptionKey = "bench.files")
    int files;

    @Option(names = "--packs", defaultValue = "100", descriptionKey = "bench.packs")
    int packs;

    @Option(names = "--runs", defaultValue = "3", descriptionKey = "bench.runs")
    int runs;

    @Mixin
    BenchSize size;

    private final Env env;

    public BenchReadCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        ReadBench.Result r = ReadBench.run(files, size.projects(10), size.indicators, packs, Math.max(1, runs),
                n -> env.err().println(env.t("bench.preparing", String.valueOf(n))));
        env.out().printf("bench read: %d workbooks × %d projects × %d indicators (%d forms read, %d problems)%n",
                r.files(), r.projects(), r.indicators(), r.forms(), r.problems());
        env.out().printf("  POI XSSFWorkbook open + touch: %8.2f s  %6.1f ms/file  peak heap %7.1f MiB%n",
                r.poiNanos() / 1e9, r.poiNanos() / 1e6 / r.files(), r.poiPeakMiB());
        env.out().printf("  jixiao read (to registry):     %8.2f s  %6.1f ms/file  peak heap %7.1f MiB%n",
                r.readNanos() / 1e9, r.readNanos() / 1e6 / r.files(), r.readPeakMiB());
        env.out().printf("  ratio jixiao / POI: %.2f%n", r.ratio());
        env.out().printf("  live heap after GC, jixiao read: %.1f MiB after %d files, %.1f MiB after %d"
                + " (the registry read so far included)%n", r.liveTenthMiB(), Math.max(1, r.files() / 10),
                r.liveAllMiB(), r.files());
        r.processes().ifPresentOrElse(p -> {
            env.out().printf("  whole processes, %d packs, median of %d runs each, interleaved:%n", p.packs(), p.runs());
            env.out().printf("    jixiao read (JVM options %s): %.2f s%n", String.join(" ", p.options()),
                    p.jixiaoNanos() / 1e9);
            env.out().printf("    POI open + touch, plain java:           %.2f s%n", p.poiNanos() / 1e9);
            env.out().printf("    POI open + touch, jixiao's JVM options: %.2f s%n", p.poiSameOptionsNanos() / 1e9);
        }, () -> env.out().println("  (whole-process figures only when run from the jar, with --packs > 0)"));
        env.out().println(BenchRow.HEADER);
        r.processes().ifPresent(p -> env.out().println(p.row().markdown()));
        env.out().println(r.row().markdown());
        return ExitCodes.OK;
    }
}
