package cn.jixiao.cli;

import cn.jixiao.desk.Browser;
import cn.jixiao.desk.Desk;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao desk [DIR]}: the workspace's year on a local web page, until stopped. */
@Command(name = "desk", mixinStandardHelpOptions = true, sortOptions = false)
public final class DeskCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1", descriptionKey = "desk.dir")
    Path dir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", descriptionKey = "desk.port")
    int port;

    @Option(names = "--no-browser", descriptionKey = "desk.noBrowser")
    boolean noBrowser;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "20", descriptionKey = "desk.maxUpload")
    int maxUploadMb;

    private final Env env;

    public DeskCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        Desk desk = Desk.start(new Desk.Options(dir == null ? Path.of("") : dir, port,
                (long) Math.max(1, maxUploadMb) * 1024 * 1024, Desk.Options.MAX_RETURN_FILES, env.messages()));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            desk.close();
            env.err().println(env.t("desk.stopped"));
            env.err().flush();
        }, "jixiao-desk-stop"));
        env.out().println(env.t("desk.started", desk.address()));
        env.out().println(env.t("desk.openHint"));
        env.out().flush();
        if (!noBrowser) {
            Browser.open(desk.address()).ifPresent(why -> env.err().println(env.t("desk.browserFailed", why)));
            env.err().flush();
        }
        desk.await();
        return ExitCodes.OK;
    }
}
