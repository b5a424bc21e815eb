package cn.jixiao.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.grid.TypedText;
import cn.jixiao.registry.Budget;
import cn.jixiao.registry.BudgetRow;
import cn.jixiao.registry.Evaluation;
import cn.jixiao.registry.Funds;
import cn.jixiao.registry.Ids;
import cn.jixiao.registry.MoneyUnit;
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
        return mapProjects(mapIndicators(Ids.assign(IO.read(registry)), i -> new Indicator(i.level1(), i.level2(), i.name(),
                normal(i.target()), normal(i.actual()), i.points(), i.score(), i.deviation())), ReadBack::amountsAsShown);
    }

    /** Amounts as the forms show them, and so read them back: two decimals at least (46.2 → 46.20). */
    public static Project amountsAsShown(Project p) {
        Funds f = p.funds() == null ? null : new Funds(MoneyUnit.shown(p.funds().total()),
                MoneyUnit.shown(p.funds().fiscal()), MoneyUnit.shown(p.funds().other()),
                MoneyUnit.shown(p.funds().annualTotal()), MoneyUnit.shown(p.funds().appropriation()),
                MoneyUnit.shown(p.funds().carryover()), MoneyUnit.shown(p.funds().annualOther()));
        Evaluation e = p.evaluation();
        if (e != null && e.budget() != null) {
            Budget b = e.budget();
            e = new Evaluation(new Budget(shown(b.total()), shown(b.appropriation()), shown(b.carryover()),
                    shown(b.other())), e.ratePoints(), e.rate(), e.rateScore(), e.expected(), e.achieved(), e.totalScore());
        }
        return new Project(p.id(), p.name(), p.form(), p.department(), p.nature(), p.category(), p.start(), p.end(),
                f, p.overallGoal(), p.annualGoal(), e, p.indicators());
    }

    private static BudgetRow shown(BudgetRow r) {
        return r == null ? null : new BudgetRow(MoneyUnit.shown(r.initial()), MoneyUnit.shown(r.fullYear()),
                MoneyUnit.shown(r.executed()));
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
