package cn.jixiao.cli;

import cn.jixiao.derive.Derivations;
import cn.jixiao.derive.NextYearDerivation;
import cn.jixiao.i18n.UserError;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryFormat;
import cn.jixiao.service.SentRegistry;
import cn.jixiao.util.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao derive next-year REGISTRY -o NEXT.yaml}: next year's registry from this year's. */
@Command(name = "next-year", mixinStandardHelpOptions = true)
public final class DeriveNextYearCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REGISTRY", arity = "0..1", descriptionKey = "derive.registry")
    Path registry;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "derive.output")
    Path output;

    @Option(names = "--keep-amounts", descriptionKey = "derive.keepAmounts")
    boolean keepAmounts;

    @Option(names = "--results", paramLabel = "ZIPING", descriptionKey = "derive.results")
    Path results;

    @Option(names = "--force", descriptionKey = "fill.force")
    boolean force;

    private final Env env;

    public DeriveNextYearCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        RegistryFormat format = RegistryFormat.of(output).orElseThrow(() -> new UserError("registry.unknownExtension", output));
        Registry thisYear = SentRegistry.read(WorkspaceDefaults.registry(registry));
        Registry next = new NextYearDerivation(keepAmounts).derive(thisYear);
        Registry res = results == null ? null : SentRegistry.read(results);
        byte[] text = Derivations.nextYearText(thisYear, next, res, format).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(output, force, out -> out.write(text));
        env.err().println(env.t("derive.done", output, String.valueOf(next.projects().count())));
        return ExitCodes.OK;
    }
}
