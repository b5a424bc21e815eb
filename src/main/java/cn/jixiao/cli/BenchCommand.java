package cn.jixiao.cli;

import picocli.CommandLine.Command;

/** {@code jixiao bench fill|read}: each measured beside its baseline in one run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {BenchFillCommand.class, BenchReadCommand.class, BenchRollupCommand.class})
public final class BenchCommand {
}
