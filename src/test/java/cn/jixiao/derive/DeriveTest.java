package cn.jixiao.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jixiao.registry.BudgetRow;
import cn.jixiao.registry.Evaluation;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.FilledBook;
import cn.jixiao.support.LibreOffice;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The year's other half: self-evaluations from the targets, next year from this year, targets against results. */
class DeriveTest {

    @TempDir
    Path dir;

    private static final Path TARGETS = TestData.registry("wujing-2026-mubiao.yaml");
    private final RegistryIO io = new RegistryIO();

    private Registry derived() {
        Path out = dir.resolve("ziping.yaml");
        CliRun run = CliRun.of("derive", "ziping", TARGETS.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return io.read(out);
    }

    @Test
    void theSelfEvaluationsPointsAddTo100ForEveryProjectAndTargetsCarryOver() {
        Registry z = derived();
        Registry t = ReadBack.expected(TARGETS);
        assertEquals(5, z.projects().count());
        z.projects().forEach(up -> {
            Project p = up.project();
            BigDecimal sum = p.indicators().stream().map(Indicator::points).reduce(p.evaluation().ratePoints(), BigDecimal::add);
            assertEquals(0, new BigDecimal("100").compareTo(sum), p.name());
            assertTrue(p.indicators().stream().allMatch(i -> i.actual() == null && i.score() == null), "left for the unit");
        });
        Project first = z.units().get(0).projects().get(0);
        Project source = t.units().get(0).projects().get(0);
        assertEquals(source.id(), first.id(), "ids kept, so results join their targets");
        assertEquals(source.indicators().get(0).target(), first.indicators().get(0).target());
        assertEquals(0, new BigDecimal("16.50").compareTo(first.evaluation().budget().total().fullYear()));
        assertEquals(List.of(17, 17, 16, 8, 8, 7, 7, 10), first.indicators().stream().map(i -> i.points().intValue()).toList(),
                "产出 50 (with 成本) in whole points, 效益 30, 满意度 10");
    }

    @Test
    void derivedThenFilledThenReadGivesTheDerivedRegistryBack() {
        derived();
        Path packs = dir.resolve("packs");
        ReadBack.fill(dir.resolve("ziping.yaml"), packs);
        ReadBack.assertSame(ReadBack.expected(dir.resolve("ziping.yaml")), ReadBack.read(0, packs.toString()));
    }

    @Test
    void theDerivedPacksComputeTheirTotalInLibreOffice() throws Exception {
        assumeTrue(LibreOffice.installed(), "LibreOffice is installed by .ci/run");
        Registry done = done();
        Path registry = dir.resolve("done.yaml");
        io.write(done, registry, false);
        List<Path> books = ReadBack.fill(registry, dir.resolve("done"));
        LibreOffice.convert(books, "xlsx", dir.resolve("calculated"));
        try (FilledBook b = FilledBook.open(dir.resolve("calculated").resolve(books.get(0).getFileName()))) {
            Sheet form = b.workbook().getSheet("残保金抚恤金专项");
            Cell total = b.rightOf(form, "总分");
            Cell score = b.cell(form, total.getRowIndex(), total.getColumnIndex() + 1);
            assertEquals(CellType.FORMULA, score.getCellType());
            assertEquals(100, score.getNumericCellValue(), 1e-9, "执行率得分 10 + the indicators' 90, computed by LibreOffice");
        }
    }

    /** The derived self-evaluations as a unit that met everything and spent its whole budget returns them. */
    private Registry done() {
        Registry z = derived();
        return ReadBack.mapProjects(z, p -> {
            BudgetRow total = p.evaluation().budget().total();
            Evaluation e = new Evaluation(new cn.jixiao.registry.Budget(new BudgetRow(total.initial(), total.fullYear(),
                    total.fullYear()), null, null, null), p.evaluation().ratePoints(), null, null, null, null, null);
            return new Project(p.id(), p.name(), p.form(), p.department(), p.nature(), p.category(), p.start(), p.end(),
                    p.funds(), p.overallGoal(), p.annualGoal(), e, p.indicators().stream().map(i -> new Indicator(
                    i.level1(), i.level2(), i.name(), i.target(), i.target(), i.points(), i.points(), null)).toList());
        });
    }

    @Test
    void nextYearMovesTheYearAndDatesAndShowsThisYearsResults() throws Exception {
        Path zp = TestData.registry("wujing-2022-ziping.yaml");
        Path next = dir.resolve("2023.yaml");
        CliRun run = CliRun.of("derive", "next-year", TARGETS.toString(), "-o", next.toString());
        assertEquals(0, run.exitCode(), run.err());
        Registry n = io.read(next);
        assertEquals(2027, n.year());
        Project p = n.units().get(0).projects().get(0);
        assertEquals("2027年1月", p.start());
        assertEquals("2027年12月", p.end());
        assertNull(p.funds(), "amounts cleared by default");
        assertNull(p.id(), "a new year's packs get new ids");
        assertEquals(io.read(TARGETS).units().get(0).projects().get(0).indicators().size(), p.indicators().size());
        Path kept = dir.resolve("kept.yaml");
        assertEquals(0, CliRun.of("derive", "next-year", TARGETS.toString(), "-o", kept.toString(), "--keep-amounts").exitCode());
        assertEquals(0, new BigDecimal("16.50").compareTo(io.read(kept).units().get(0).projects().get(0).funds().annualTotal()));

        Path withResults = dir.resolve("with-results.yaml");
        assertEquals(0, CliRun.of("derive", "next-year", zp.toString(), "-o", withResults.toString(), "--results",
                zp.toString()).exitCode());
        String text = Files.readString(withResults);
        assertTrue(text.contains("# 2022 年自评：执行率 48%，总分 93"), text);
        assertTrue(text.contains("# 2022 年实际完成值：完成率 100%；得分 15/15"), text);
        assertEquals(2023, io.read(withResults).year(), "the comments leave the registry readable");
        assertNull(io.read(withResults).units().get(0).projects().get(0).indicators().get(0).actual(),
                "results are comments, not data");
    }

    @Test
    void targetsAgainstResultsListTheProjectsThatWantALookFirst() throws Exception {
        Path book = dir.resolve("自评汇总表.xlsx");
        Path zp = TestData.registry("wujing-2022-ziping.yaml");
        Path done = dir.resolve("done.yaml");
        io.write(done(), done, false);
        CliRun run = CliRun.of("rollup", done.toString(), zp.toString(), "--targets", TARGETS.toString(),
                "-o", book.toString(), "--no-forms");
        assertEquals(0, run.exitCode(), run.err());
        try (FilledBook b = FilledBook.open(book)) {
            Sheet sheet = b.workbook().getSheet("目标与结果");
            String first = b.text(sheet.getRow(2).getCell(2));
            assertTrue(first.contains("低于 90%") || first.contains("未说明原因"), first);
            String last = b.text(sheet.getRow(sheet.getLastRowNum()).getCell(2));
            assertTrue(last.isEmpty(), "projects needing no look come last: " + last);
            boolean met = false;
            for (var row : sheet) {
                met |= "达成".equals(b.text(row.getCell(8)));
            }
            assertTrue(met, "met or not, by the indicator value grammar");
        }
    }
}
