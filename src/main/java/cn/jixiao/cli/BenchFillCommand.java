package cn.jixiao.cli;

import cn.jixiao.bench.BenchRow;
import cn.jixiao.bench.FillBench;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jixiao bench fill}: runs {@link FillBench} and prints its figures and its row of the table. */
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
        FillBench.Result r = FillBench.run(units, size.projects(20), size.indicators);
        env.out().printf("bench fill: %d units × %d projects × %d indicators, %d cores, in %d slices (loop, then jixiao)%n",
                r.units(), r.projects(), r.indicators(), r.cores(), r.slices());
        env.out().printf("  plain jxls loop (sequential, fill only): %8.2f s  %6.1f ms/unit%n",
                r.plainNanos() / 1e9, r.plainNanos() / 1e6 / r.units());
        env.out().printf("  jixiao fill (finished, atomic, parallel): %8.2f s  %6.1f ms/unit%n",
                r.pipelineNanos() / 1e9, r.pipelineNanos() / 1e6 / r.units());
        env.out().printf("  ratio jixiao / plain: %.2f%n", r.ratio());
        env.out().println(BenchRow.HEADER);
        env.out().println(r.row().markdown());
        return ExitCodes.OK;
    }
}
