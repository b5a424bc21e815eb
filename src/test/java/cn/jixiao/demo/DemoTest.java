package cn.jixiao.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.check.Checker;
import cn.jixiao.check.Subject;
import cn.jixiao.diff.Change;
import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.service.ChangeService;
import cn.jixiao.service.CheckService;
import cn.jixiao.template.TemplateSource;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.FilledBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command: the whole round, on the seeds, with nothing set up. */
class DemoTest {

    @TempDir
    static Path dir;

    /** The demo is run once for the tests below: it fills, reads and rolls up five registries. */
    private static CliRun run;
    private static Path out;

    @BeforeAll
    static void runTheDemo() {
        out = dir.resolve("demo");
        run = CliRun.of("demo", "-o", out.toString());
    }

    @Test
    void theDemosReportListsTheChangesCheckListsTheUnreturnedProjectsIncluded() throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        Path returns = out.resolve("2-交回").resolve("pujiang-2024-mubiao");
        Path html = dir.resolve("check.html");
        CliRun check = CliRun.of("check", returns.toString(), "--registry",
                out.resolve("登记表").resolve("pujiang-2024-mubiao.yaml").toString(), "--html", html.toString());
        assertTrue(check.exitCode() != 2, check.err());
        String byCheck = changes(Files.readString(html));
        String byDemo = changes(Files.readString(out.resolve("5-审核").resolve("pujiang-2024-mubiao-审核报告.html")));
        assertTrue(byCheck.contains("<td>未交回项目</td>"), "the unit that returned nothing: " + byCheck);
        assertEquals(byCheck, byDemo, "the demo runs check's own service");
    }

    @Test
    void checksReportTakesTheChangesFromWhatItReadAsDiffFindsThemReadingAgain() {
        assertEquals(0, run.exitCode(), run.err());
        Path returns = out.resolve("2-交回").resolve("pujiang-2024-mubiao");
        Registry sent = new RegistryIO().read(out.resolve("登记表").resolve("pujiang-2024-mubiao.yaml"));
        WorkbookReader reader = new WorkbookReader(new TemplateMaps(f -> TemplateSource.resolve(f, null, null)));
        List<Path> files = Checker.files(List.of(returns));
        List<Change> byDiff = new ChangeService(reader).against(sent, files).changes();
        Checker.Report report = new CheckService(reader).findings(files, f -> { });
        List<Change> byCheck = ChangeService.of(sent, report.subjects().stream().map(Subject::returned).toList());
        assertTrue(byDiff.size() > 3, "the demo's returns carry edits (.xls re-saves, a unit that returned nothing)");
        assertEquals(byDiff, byCheck);
    }

    @Test
    void rollupSaysWhichFormsItFilledAnewBecauseTheyCameAsXls() throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        Path returns = out.resolve("2-交回").resolve("pujiang-2024-mubiao");
        List<Path> xls;
        try (Stream<Path> files = Files.list(returns)) {
            xls = files.filter(p -> p.toString().endsWith(".xls")).toList();
        }
        WorkbookReader reader = new WorkbookReader(new TemplateMaps(f -> TemplateSource.resolve(f, null, null)));
        long inXls = new cn.jixiao.read.ReadBatch(reader).read(xls, f -> { }).registry().projects().count();
        assertTrue(inXls > 0);
        CliRun rollup = CliRun.of("rollup", returns.toString(), "-o", dir.resolve("xls-汇总.xlsx").toString());
        assertEquals(0, rollup.exitCode(), rollup.err());
        assertTrue(rollup.err().contains(inXls + " 张表单无法直接取自单位交回的工作表（.xls 文件"), rollup.err());

        CliRun packsOnly = CliRun.of("rollup", out.resolve("1-填报").resolve("pujiang-2024-mubiao").toString(),
                "-o", dir.resolve("packs-汇总.xlsx").toString());
        assertEquals(0, packsOnly.exitCode(), packsOnly.err());
        assertFalse(packsOnly.err().contains("无法直接取自"), "every form is a returned sheet of its own\n" + packsOnly.err());
    }

    /** The report's 变更 section. */
    private static String changes(String html) {
        int from = html.indexOf("<h2>各单位交回时所作的变更");
        assertTrue(from >= 0, html);
        return html.substring(from);
    }

    @Test
    void theDemoFillsReturnsReadsRollsUpAndChecksTheFiveSeeds() throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        String said = run.out();
        assertTrue(said.contains("【pujiang-2024-mubiao】") && said.contains("未交回单位 1 个"), said);
        assertTrue(said.contains("另存为 .xls 3 个"), said);
        try (Stream<Path> returns = Files.list(out.resolve("2-交回").resolve("pujiang-2024-mubiao"))) {
            assertEquals(3, returns.filter(p -> p.toString().endsWith(".xls")).count());
        }
        assertEquals(103, new RegistryIO().read(out.resolve("3-读回").resolve("pujiang-2024-mubiao.yaml"))
                .projects().count(), "everything returned is read back, the .xls files too");
        try (FilledBook book = FilledBook.open(out.resolve("4-汇总").resolve("pujiang-2024-mubiao-汇总表.xlsx"))) {
            var status = book.workbook().getSheet("回收情况");
            assertEquals("未交回", book.text(book.rightOf(status, "闵行区房地产交易中心浦江分中心")));
            assertTrue(book.workbook().getSheet("变更").getLastRowNum() >= 2 + 8 - 1, "4 indicators added, 4 values corrected");
        }
        assertTrue(Files.readString(out.resolve("5-审核").resolve("pujiang-2024-mubiao-审核报告.html"))
                .contains("新增指标"));
        assertEquals(2, CliRun.of("demo", "-o", out.toString()).exitCode(), "an existing demo is kept without --force");
        assertEquals(0, CliRun.of("demo", "-o", out.toString(), "--force").exitCode());
    }
}
