package cn.jixiao.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.i18n.Messages;
import cn.jixiao.i18n.Msg;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check report says what it is about (town, year, date, source), in the registry's order, with signed differences. */
class CheckReportHeaderTest {

    @TempDir
    Path dir;

    @Test
    void theReportHasAHeaderUnitsInRegistryOrderAndSignedDifferences() throws Exception {
        Path sent = TestData.registry("jiuting-2026-shenbao.yaml");
        Path returns = dir.resolve("交回");
        List<Path> books = ReadBack.fill(sent, returns);
        try (InputStream in = Files.newInputStream(books.get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("公共图书经费").getRow(7).getCell(5).setCellValue(100); // 上年结转资金 up
            try (OutputStream out = Files.newOutputStream(books.get(0))) {
                wb.write(out);
            }
        }
        Path html = dir.resolve("报告.html");
        CliRun run = CliRun.of("check", returns.toString(), "--registry", sent.toString(), "--html", html.toString());
        assertTrue(run.exitCode() < 2, run.err());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        String head = page.substring(page.indexOf("<h1>"), page.indexOf("<h2>"));
        assertTrue(head.contains("九亭镇") && head.contains("2026") && head.contains(LocalDate.now().toString())
                && head.contains("交回"), head);
        assertTrue(page.matches("(?s).*<td class=\"n\">\\+\\d.*"), "a positive difference carries its +");
        List<String> sentOrder = new cn.jixiao.registry.RegistryIO().read(sent).units().stream()
                .map(cn.jixiao.registry.Unit::name).toList();
        String table = page.substring(page.indexOf("<table>"), page.indexOf("</table>"));
        int last = -1;
        for (String unit : sentOrder) {
            int at = table.indexOf("<td>" + unit + "</td>");
            if (at >= 0) {
                assertTrue(at > last, unit + " out of the registry's order");
                last = at;
            }
        }
    }

    @Test
    void aBlankNameIsSaidToBeBlank() {
        String zh = Messages.forLang("zh").render(new Msg("check.framework.level2", "", "产出指标", "数量指标", 1));
        assertFalse(zh.contains("“”"), zh);
        assertTrue(zh.contains("二级指标（空白）") && zh.contains("“产出指标”"), zh);
        String en = Messages.forLang("en").render(new Msg("check.framework.level2", "", "产出指标", "数量指标", 1));
        assertFalse(en.contains("\"\""), en);
    }
}
