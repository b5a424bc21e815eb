package cn.jixiao.cli;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.template.OfficialTemplates;
import cn.jixiao.template.RollupTemplate;
import cn.jixiao.template.TemplateSource;
import cn.jixiao.util.AtomicFiles;
import cn.jixiao.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao init DIR}: a working folder to start from, where the other commands need no arguments. */
@Command(name = "init", mixinStandardHelpOptions = true)
public final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", descriptionKey = "init.dir")
    Path dir;

    @Option(names = "--force", descriptionKey = "fill.force")
    boolean force;

    private final Env env;

    public InitCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws IOException {
        copy("jixiao.yaml", dir.resolve(Workspace.FILE));
        copy("登记表.yaml", dir.resolve("登记表.yaml"));
        for (FormFamily family : FormFamily.values()) {
            AtomicFiles.write(dir.resolve("templates").resolve(TemplateSource.fileName(family)), force,
                    out -> OfficialTemplates.write(family, out));
        }
        AtomicFiles.write(dir.resolve("templates").resolve(RollupTemplate.FILE), force, RollupTemplate::write);
        Files.createDirectories(dir.resolve("2-交回"));
        env.out().println(env.t("init.done", dir));
        return ExitCodes.OK;
    }

    private void copy(String resource, Path target) {
        try (InputStream in = InitCommand.class.getResourceAsStream("/cn/jixiao/workspace/" + resource)) {
            byte[] bytes = in.readAllBytes();
            AtomicFiles.write(target, force, out -> out.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
