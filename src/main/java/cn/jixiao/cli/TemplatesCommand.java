package cn.jixiao.cli;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.template.OfficialTemplates;
import cn.jixiao.template.RollupTemplate;
import cn.jixiao.template.TemplateSource;
import cn.jixiao.util.AtomicFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao templates -o DIR}: writes the official templates, to start from or to restore. */
@Command(name = "templates", mixinStandardHelpOptions = true)
public final class TemplatesCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "templates", descriptionKey = "templates.output")
    Path output;

    @Option(names = "--force", descriptionKey = "templates.force")
    boolean force;

    private final Env env;

    public TemplatesCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        for (FormFamily family : FormFamily.values()) {
            Path target = output.resolve(TemplateSource.fileName(family));
            AtomicFiles.write(target, force, out -> OfficialTemplates.write(family, out));
            env.out().println(target);
        }
        Path rollup = output.resolve(RollupTemplate.FILE);
        AtomicFiles.write(rollup, force, RollupTemplate::write);
        env.out().println(rollup);
        return ExitCodes.OK;
    }
}
