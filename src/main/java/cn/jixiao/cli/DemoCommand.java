package cn.jixiao.cli;

import cn.jixiao.demo.Demo;
import cn.jixiao.rollup.UnitStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jixiao demo [-o DIR]}: the whole round on the five seed registries, with nothing to set up. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false)
public final class DemoCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "demo", descriptionKey = "demo.output")
    Path output;

    @Option(names = "--force", descriptionKey = "fill.force")
    boolean force;

    private final Env env;

    public DemoCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Progress progress = new Progress(env, env.t("demo.progress"), 5);
        List<Demo.Outcome> outcomes = new Demo().run(output, force, env.messages(), name -> progress.step());
        var out = env.out();
        for (Demo.Outcome o : outcomes) {
            out.println(env.t("demo.registry", o.registry(), o.sent()));
            out.println(env.t("demo.packs", String.valueOf(o.packCount()), o.packs()));
            out.println(env.t("demo.returns", o.returns(), String.valueOf(o.eventCount("asSent")),
                    String.valueOf(o.eventCount("indicatorAdded")), String.valueOf(o.eventCount("valueCorrected")),
                    String.valueOf(o.eventCount("savedAsXls")), String.valueOf(o.eventCount("missing"))));
            out.println(env.t("demo.read", o.read(), String.valueOf(o.projectsRead())));
            long missing = o.status().stream().filter(s -> s.state() == UnitStatus.State.MISSING).count();
            out.println(env.t("demo.book", o.book(), String.valueOf(missing), String.valueOf(o.changes())));
            out.println(env.t("demo.report", o.report(), String.valueOf(o.errors()), String.valueOf(o.warnings())));
            out.println();
        }
        out.println(env.t("demo.done", output));
        return ExitCodes.OK;
    }
}
