package cn.jixiao.cli;

import cn.jixiao.derive.SelfEvaluationDerivation;
import cn.jixiao.derive.Weights;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.service.SentRegistry;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao derive ziping TARGETS -o ZIPING.yaml}: the year-end self-evaluation registry from the targets. */
@Command(name = "ziping", mixinStandardHelpOptions = true)
public final class DeriveZipingCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TARGETS", arity = "0..1", descriptionKey = "derive.targets")
    Path targets;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, descriptionKey = "derive.output")
    Path output;

    @Option(names = "--weights", paramLabel = "产出=50,效益=30,满意度=10,执行率=10", descriptionKey = "derive.weights")
    String weights;

    @Option(names = "--force", descriptionKey = "fill.force")
    boolean force;

    private final Env env;

    public DeriveZipingCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Weights w = weights == null ? Weights.defaults() : Weights.parse(weights);
        // The targets' ids (as fill gave them) stay with the projects, so results join their targets.
        Registry derived = new SelfEvaluationDerivation(w).derive(SentRegistry.read(WorkspaceDefaults.registry(targets)));
        new RegistryIO().write(derived, output, force);
        env.err().println(env.t("derive.done", output, String.valueOf(derived.projects().count())));
        return ExitCodes.OK;
    }
}
