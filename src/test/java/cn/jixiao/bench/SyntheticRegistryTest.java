package cn.jixiao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.check.Checker;
import cn.jixiao.check.Finding;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.template.TemplateSource;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks' returns are as clean as a careful unit's: a check finds nothing in them, at the
 * district's size, so that what a rollup of them costs is the work of the forms, not of warnings
 * the data made up (they once raised 17 a project: one indicator name 15 times, costs with a floor,
 * unit names one character apart).
 */
class SyntheticRegistryTest {

    @TempDir
    Path dir;

    /** Every unit name a district's benchmark has, each unit with a form of few indicators (the next test has more). */
    @Test
    void aDistrictOfReturnsGivesTheChecksNothingToSay() {
        Path registry = dir.resolve("district.json");
        new RegistryIO().write(SyntheticRegistry.of(3200, 1, 4), registry, false);
        Checker.Report report = check(registry);
        assertEquals(3200, report.subjects().size());
        assertEquals(List.of(), report.findings().stream().map(Finding::rule).distinct().toList());
    }

    @Test
    void formsOfFewerOrMoreIndicatorsStayClean() {
        for (int indicators : new int[] {4, 7, 15, 20, 31}) {
            Path registry = dir.resolve(indicators + ".yaml");
            new RegistryIO().write(SyntheticRegistry.of(3, 2, indicators), registry, false);
            Checker.Report report = check(registry);
            assertEquals(List.of(), report.findings().stream().map(Finding::rule).distinct().toList(),
                    indicators + " indicators");
        }
    }

    private static Checker.Report check(Path registry) {
        Checker checker = new Checker(new WorkbookReader(new TemplateMaps(f -> TemplateSource.resolve(f, null, null))));
        return checker.check(List.of(registry), f -> { });
    }

    @Test
    void unitNamesAreUniquePastOneRound() {
        Set<String> names = new HashSet<>();
        IntStream.range(0, 6400).forEach(n -> names.add(SyntheticRegistry.unitName(n)));
        assertEquals(6400, names.size());
    }
}
