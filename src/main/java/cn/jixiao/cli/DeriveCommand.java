package cn.jixiao.cli;

import picocli.CommandLine.Command;

/** {@code jixiao derive ziping|next-year}: the registries the year-end and the next year start from. */
@Command(name = "derive", mixinStandardHelpOptions = true,
        subcommands = {DeriveZipingCommand.class, DeriveNextYearCommand.class})
public final class DeriveCommand {
}
