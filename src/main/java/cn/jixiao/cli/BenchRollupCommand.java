package cn.jixiao.cli;

import cn.jixiao.bench.BenchRow;
import cn.jixiao.bench.RollupBench;
import cn.jixiao.rollup.Rollup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jixiao bench rollup}: runs {@link RollupBench} and prints its figures and its row of the table. */
@Command(name = "rollup", mixinStandardHelpOptions = true)
public final class BenchRollupCommand implements Callable<Integer> {

    @Option(names = "--files", defaultValue = "1000", descriptionKey = "bench.files")
    int files;

    @Option(names = "--forms", descriptionKey = "bench.forms")
    boolean forms;

    @Option(names = "--runs", defaultValue = "1", descriptionKey = "bench.rollupRuns")
    int runs;

    /** Measurement only: the forms a book carries at most (the book's own limit is Rollup.MAX_FORMS). */
    @Option(names = "--max-forms", hidden = true)
    int maxForms = Rollup.MAX_FORMS;

    @Mixin
    BenchSize size;

    private final Env env;

    public BenchRollupCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        RollupBench.Result r = RollupBench.run(files, size.projects(10), size.indicators, forms, maxForms, Math.max(1, runs),
                n -> env.err().println(env.t("bench.preparing", String.valueOf(n))));
        env.out().printf("bench rollup: %d workbooks × %d projects × %d indicators, forms %s (%d projects rolled up)%n",
                r.files(), r.projects(), r.indicators(), !r.forms() ? "left out"
                        : r.formsOmitted() > 0 ? "left out past " + maxForms : "included", r.rolledUp());
        if (r.runs() > 1) {
            env.out().printf("  medians of %d runs each, read and rollup one after the other:%n", r.runs());
        }
        env.out().printf("  baseline, jixiao read to a registry: %8.2f s  %6.1f ms/workbook%n",
                r.readNanos() / 1e9, r.readNanos() / 1e6 / r.files());
        env.out().printf("  rollup of %5d workbooks:            %8.2f s  %6.1f ms/workbook%n",
                r.files(), r.allNanos() / 1e9, r.allNanos() / 1e6 / r.files());
        env.out().printf("  ratio rollup / read: %.2f%n", r.ratio());
        env.out().printf("  max live heap: %.1f MiB rolling up %d workbooks, %.1f MiB rolling up %d%n",
                r.tenthLiveMiB(), r.tenthFiles(), r.allLiveMiB(), r.files());
        env.out().println("  (live heap: sampled after a full collection every 250 ms, in runs of their own)");
        env.out().printf("  book written: %.1f MiB%n", r.bookMiB());
        r.processes().ifPresentOrElse(p -> {
            env.out().printf("  whole processes, median of %d runs each, interleaved:%n", p.runs());
            env.out().printf("    jixiao rollup%s: %6.2f s%n", p.forms() ? "" : " --no-forms", p.rollupNanos() / 1e9);
            env.out().printf("    jixiao read:   %6.2f s%n", p.readNanos() / 1e9);
            env.out().printf("    ratio rollup / read: %.2f%n", p.ratio());
        }, () -> env.out().println("  (whole-process figures only when run from the jar)"));
        env.out().println(BenchRow.HEADER);
        env.out().println(r.row().markdown());
        r.processes().ifPresent(p -> env.out().println(p.row().markdown()));
        return ExitCodes.OK;
    }
}
