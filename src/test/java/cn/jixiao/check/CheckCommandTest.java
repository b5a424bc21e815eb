package cn.jixiao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.LibreOffice;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check as a finance officer runs it: on returned workbooks, in the terminal, as JSON and as a web page. */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void findingsInAReturnedWorkbookNameTheSheetAndCell() throws Exception {
        List<Path> books = ReadBack.fill(TestData.registry("jiuting-2026-shenbao.yaml"), dir.resolve("packs"));
        try (InputStream in = Files.newInputStream(books.get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("公共图书经费");
            sheet.getRow(6).getCell(5).setCellValue("一万五千五");  // 其中：当年财政拨款
            sheet.getRow(7).getCell(5).setCellValue(100);           // 上年结转资金: now the block does not add up
            try (OutputStream out = Files.newOutputStream(books.get(0))) {
                wb.write(out);
            }
        }
        CliRun run = CliRun.of("check", dir.resolve("packs").toString());
        assertEquals(1, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("错误 [value.notANumber] 2026年申报表-上海市松江区九亭镇社区党群服务中心.xlsx 工作表“公共图书经费” 单元格 F7"), out);
        assertTrue(out.contains("[money.annualSum] 2026年申报表-上海市松江区九亭镇社区党群服务中心.xlsx 工作表“公共图书经费” 单元格 F6：年度资金申请总额 15500.00 不等于"), out);
        CliRun en = CliRun.of("--lang", "en", "check", dir.resolve("packs").toString(), "--format", "json");
        assertEquals(1, en.exitCode());
        assertTrue(en.out().contains("\"cell\" : \"F6\"") && en.out().contains("is not 当年财政拨款"), en.out());
    }

    @Test
    void theSeedRegistriesFindingsAreTheOnesDomainMdDescribes() {
        CliRun run = CliRun.of("check", TestData.registry("wujing-2022-ziping.yaml").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("[eval.rate] wujing-2022-ziping.yaml 第"), "stated 执行率 against the money: " + run.out());
        CliRun wujing = CliRun.of("check", TestData.registry("wujing-2026-mubiao.yaml").toString());
        assertTrue(wujing.out().contains("[set.unit]") && wujing.out().contains("吴淞镇"), "the misspelt town: " + wujing.out());
        CliRun pujiang = CliRun.of("check", TestData.registry("pujiang-2024-mubiao.yaml").toString());
        assertTrue(pujiang.out().contains("[header.departmentIsName]") && pujiang.out().contains("[header.noCategory]"),
                pujiang.out());
    }

    @Test
    void theHtmlReportShowsUnitsAndFindingsInABrowser() throws Exception {
        assumeTrue(LibreOffice.onPath("chromium") && LibreOffice.onPath("pdftotext"), "chromium is installed by .ci/run");
        Path html = dir.resolve("报告.html");
        CliRun run = CliRun.of("check", TestData.registry("pujiang-2024-mubiao.yaml").toString(),
                TestData.registry("wujing-2022-ziping.yaml").toString(), "--html", html.toString());
        assertEquals(1, run.exitCode(), run.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertFalse(page.contains("<script") || page.contains("http://") || page.contains("https://"),
                "no scripts, no external resources");
        Path pdf = dir.resolve("report.pdf");
        LibreOffice.run(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + dir.resolve("chrome-profile"), "--print-to-pdf=" + pdf, html.toUri().toString()));
        Path txt = dir.resolve("report.txt");
        LibreOffice.run(List.of("pdftotext", pdf.toString(), txt.toString()));
        String seen = Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        for (String expected : List.of("绩效表单审核报告", "各实施单位概况", "浦江镇机关事务管理所", "政府零星维修",
                "主管部门填的是项目名称", "执行率48%与资金不符")) {
            assertTrue(seen.contains(expected), expected + " is not on the page as printed");
        }
    }
}
