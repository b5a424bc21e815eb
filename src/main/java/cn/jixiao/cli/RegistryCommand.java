package cn.jixiao.cli;

import picocli.CommandLine.Command;

/** {@code jixiao registry export|import}: a registry as a workbook and back. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        subcommands = {RegistryExportCommand.class, RegistryImportCommand.class})
public final class RegistryCommand {
}
