package cn.jixiao.cli;

import cn.jixiao.registrybook.LedgerWriter;
import cn.jixiao.registrybook.Registries;
import cn.jixiao.registry.Registry;
import cn.jixiao.util.AtomicFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao registry export R.yaml -o 登记表.xlsx}: the registry as flat sheets to keep in Excel. */
@Command(name = "export", mixinStandardHelpOptions = true)
public final class RegistryExportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REGISTRY", arity = "0..1", descriptionKey = "registry.export.registry")
    Path registry;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.xlsx", required = true, descriptionKey = "registry.export.output")
    Path output;

    @Option(names = "--force", descriptionKey = "fill.force")
    boolean force;

    private final Env env;

    public RegistryExportCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Registry r = Registries.read(WorkspaceDefaults.registry(registry));
        AtomicFiles.write(output, force, out -> new LedgerWriter().write(r, out));
        env.out().println(output);
        return ExitCodes.OK;
    }
}
