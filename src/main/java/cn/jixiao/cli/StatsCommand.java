package cn.jixiao.cli;

import cn.jixiao.registrybook.Registries;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.stats.RegistryStats;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jixiao stats FILE...}: what a registry holds, at a glance. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false)
public final class StatsCommand implements Callable<Integer> {

    enum Format { table, json }

    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "stats.files")
    List<Path> files;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", descriptionKey = "stats.format")
    Format format;

    private final Env env;

    public StatsCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        RegistryIO io = new RegistryIO();
        List<RegistryStats> all = new ArrayList<>();
        files = WorkspaceDefaults.registries(files);
        for (Path file : files) {
            Registry registry = Registries.read(file);
            all.add(RegistryStats.of(file.toString(), registry));
        }
        if (format == Format.json) {
            ObjectMapper json = new ObjectMapper()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            env.out().println(json.writeValueAsString(all));
        } else {
            for (int i = 0; i < all.size(); i++) {
                if (i > 0) {
                    env.out().println();
                }
                printTable(all.get(i));
            }
        }
        return ExitCodes.OK;
    }

    private void printTable(RegistryStats s) {
        var out = env.out();
        out.println(env.t("stats.heading", s.file(), s.form(), String.valueOf(s.year()), s.moneyUnit()));
        out.println(env.t("stats.summary", String.valueOf(s.units()), String.valueOf(s.projects()),
                String.valueOf(s.indicators())));
        out.println();
        TextTable levels = new TextTable(List.of(env.t("stats.col.level1"), env.t("stats.col.count")));
        s.indicatorsByLevel1().forEach((level, n) -> levels.row(List.of(level, String.valueOf(n))));
        levels.print(out);
        out.println();
        TextTable money = new TextTable(List.of(env.t("stats.col.money") + "（" + s.moneyUnit() + "）",
                env.t("stats.col.amount")));
        for (Map.Entry<String, BigDecimal> e : s.money().entrySet()) {
            money.row(List.of(env.t("stats.money." + e.getKey()), e.getValue().toPlainString()));
        }
        money.print(out);
    }
}
