package cn.jixiao.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code jixiao}: only dispatches to its subcommands. */
@Command(name = "jixiao",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true)
public final class RootCommand implements Runnable {

    /**
     * The subcommands, in the order --help lists them. Added by {@link Cli#create} rather than
     * named in the annotation, so that a run builds only the command it runs (building all of them
     * by reflection was most of the start-up).
     */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(StatsCommand.class, FillCommand.class,
            ReadCommand.class, RollupCommand.class, StatusCommand.class, CheckCommand.class, DiffCommand.class,
            DemoCommand.class, RegistryCommand.class, InitCommand.class, DeskCommand.class, DeriveCommand.class,
            TemplatesCommand.class, BenchCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT, descriptionKey = "option.lang")
    String lang;

    @Option(names = "--debug", hidden = true, scope = ScopeType.INHERIT)
    boolean debug;

    private final Env env;

    public RootCommand(Env env) {
        this.env = env;
    }

    @Override
    public void run() {
        // In a working folder, no command at all (a double-clicked jixiao.cmd) opens the desk.
        if (cn.jixiao.workspace.Workspace.here().isPresent()) {
            try {
                new DeskCommand(env).call();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new ParameterException(spec.commandLine(), env.t("cli.noCommand"));
    }
}
