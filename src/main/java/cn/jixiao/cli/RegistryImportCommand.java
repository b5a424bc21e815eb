package cn.jixiao.cli;

import cn.jixiao.registrybook.Registries;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryFormat;
import cn.jixiao.registry.RegistryIO;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao registry import 登记表.xlsx [-o R.yaml]}: a registry workbook back to YAML or JSON. */
@Command(name = "import", mixinStandardHelpOptions = true)
public final class RegistryImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "WORKBOOK", descriptionKey = "registry.import.workbook")
    Path workbook;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "registry.import.output")
    Path output;

    @Option(names = "--force", descriptionKey = "fill.force")
    boolean force;

    private final Env env;

    public RegistryImportCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Registry r = Registries.read(workbook);
        RegistryIO io = new RegistryIO();
        if (output == null) {
            env.out().print(io.toText(r, RegistryFormat.YAML));
        } else {
            io.write(r, output, force);
        }
        return ExitCodes.OK;
    }
}
