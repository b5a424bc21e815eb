package cn.jixiao.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.grid.TypedText;
import cn.jixiao.registry.Ids;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryFormat;
import cn.jixiao.registry.RegistryIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Fill a registry, read workbooks back, and compare registries as their canonical text. */
public final class ReadBack {

    private static final RegistryIO IO = new RegistryIO();

    private ReadBack() {
    }

    /** Fills a registry into dir and returns the workbooks written. */
    public static List<Path> fill(Path registry, Path dir, String... extra) {
        String[] args = Stream.concat(Stream.of("fill", registry.toString(), "-o", dir.toString()), Stream.of(extra))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().map(Path::of).toList();
    }

    /** Reads workbooks or folders with {@code jixiao read}; the registry it printed. */
    public static Registry read(int expectedExit, String... inputs) {
        String[] args = Stream.concat(Stream.of("read"), Stream.of(inputs)).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(expectedExit, run.exitCode(), run.err());
        return IO.parse(run.out(), RegistryFormat.YAML, "read");
    }

    /** What reading back should give: the registry with ids, indicator operators in one spelling. */
    public static Registry expected(Path registry) {
        return mapIndicators(Ids.assign(IO.read(registry)), i -> new Indicator(i.level1(), i.level2(), i.name(),
                normal(i.target()), normal(i.actual()), i.points(), i.score(), i.deviation()));
    }

    public static Registry mapIndicators(Registry r, UnaryOperator<Indicator> f) {
        return mapProjects(r, p -> p.withIndicators(p.indicators().stream().map(f).toList()));
    }

    public static Registry mapProjects(Registry r, UnaryOperator<Project> f) {
        return r.withUnits(r.units().stream().map(u -> u.withProjects(u.projects().stream().map(f).toList())).toList());
    }

    public static void assertSame(Registry expected, Registry actual) {
        assertEquals(IO.toText(expected, RegistryFormat.YAML), IO.toText(actual, RegistryFormat.YAML));
    }

    public static String text(Registry r) {
        return IO.toText(r, RegistryFormat.YAML);
    }

    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static String normal(String s) {
        return s == null ? null : TypedText.normaliseOperators(s);
    }
}
