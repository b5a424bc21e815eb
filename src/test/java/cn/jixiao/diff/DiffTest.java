package cn.jixiao.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.FilledBook;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit's edits to the Pujiang pack, and exactly those, are what diff reports. */
class DiffTest {

    @TempDir
    Path dir;

    private static final Path PUJIANG = TestData.registry("pujiang-2024-mubiao.yaml");

    @Test
    void anUnchangedReturnHasNoChanges() {
        ReadBack.fill(PUJIANG, dir.resolve("packs"));
        CliRun run = CliRun.of("diff", PUJIANG.toString(), dir.resolve("packs").toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"changes\" : [ ]"), run.out());
    }

    @Test
    void theEditsAUnitMadeAreReportedAndNothingElse() throws Exception {
        ReadBack.fill(PUJIANG, dir.resolve("packs"));
        Path book = dir.resolve("packs").resolve("2024年目标表-浦江镇机关事务管理所.xlsx");
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("政府零星维修");
            int removed = rowOf(s, "指标1：保障政府各类设施设备的正常运作");
            s.removeRow(s.getRow(removed));
            s.shiftRows(removed + 1, s.getLastRowNum(), -1);
            int first = rowOf(s, "指标1：报修完成率");
            s.shiftRows(first + 1, s.getLastRowNum(), 1);
            Row added = s.createRow(first + 1);
            added.createCell(1).setCellValue("产出指标");
            added.createCell(2).setCellValue("数量指标");
            added.createCell(3).setCellValue("指标2：维修次数");
            added.createCell(4).setCellValue("≥200次");
            s.getRow(first).getCell(3).setCellValue("指标1：报修及时完成率");
            s.getRow(rowOf(s, "指标1：设施、设备正常运行率")).getCell(4).setCellValue("98%");
            s.getRow(5).getCell(4).setCellValue(160.75); // 年度资金申请总额 corrected
            wb.removeSheetAt(wb.getSheetIndex("政府大楼运转项目"));
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        CliRun run = CliRun.of("diff", PUJIANG.toString(), dir.resolve("packs").toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode changes = new ObjectMapper()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(run.out()).get("changes");
        List<String> seen = new ArrayList<>();
        changes.forEach(c -> seen.add(c.get("project").asText() + " | " + c.get("kind").asText() + " | "
                + c.get("field").asText() + " | " + c.get("before").asText() + " → " + c.get("after").asText()
                + (c.get("difference").isNull() ? "" : " (" + c.get("difference").decimalValue().toPlainString() + ")")));
        assertEquals(List.of(
                "政府零星维修 | amount | funds.annual_total | 150.75 → 160.75 (10)",
                "政府零星维修 | indicator_renamed | 报修完成率 | 报修完成率 → 报修及时完成率",
                "政府零星维修 | indicator_removed | 保障政府各类设施设备的正常运作 | 效益指标 / 社会效益指标 / 保障政府各类设施设备的正常运作：保障 → null",
                "政府零星维修 | target | 设施、设备正常运行率 | 95% → 98%",
                "政府零星维修 | indicator_added | 维修次数 | null → 产出指标 / 数量指标 / 维修次数：≥200次",
                "政府大楼运转项目 | project_missing |  | null → null"), seen);

        CliRun table = CliRun.of("diff", PUJIANG.toString(), dir.resolve("packs").toString());
        assertTrue(table.out().startsWith("浦江镇机关事务管理所"), table.out());
        assertTrue(table.out().contains("年度资金申请总额") && table.out().contains("+10.00"), table.out());
    }

    @Test
    void theSummaryBookHasAChangesSheetWhenGivenTheRegistrySent() throws Exception {
        List<Path> books = ReadBack.fill(TestData.registry("wujing-2026-mubiao.yaml"), dir.resolve("wj"));
        try (InputStream in = Files.newInputStream(books.get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("残保金抚恤金专项").getRow(5).getCell(4).setCellValue(18);
            try (OutputStream out = Files.newOutputStream(books.get(0))) {
                wb.write(out);
            }
        }
        Path out = dir.resolve("汇总表.xlsx");
        CliRun run = CliRun.of("rollup", dir.resolve("wj").toString(), "--registry",
                TestData.registry("wujing-2026-mubiao.yaml").toString(), "-o", out.toString(), "--no-forms");
        assertEquals(0, run.exitCode(), run.err());
        try (FilledBook b = FilledBook.open(out)) {
            Sheet sheet = b.workbook().getSheet("变更");
            Row row = sheet.getRow(b.find(sheet, "年度资金申请总额").getRow());
            List<String> cells = new ArrayList<>();
            for (Cell c : row) {
                cells.add(b.text(c));
            }
            // Amounts are numbers on the sheet, shown with two decimals like every money cell.
            assertTrue(cells.containsAll(List.of("残保金抚恤金专项", "金额修改", "年度资金申请总额", "16.50", "18.00", "1.50"))
                    && row.getCell(cells.indexOf("年度资金申请总额") + 1).getNumericCellValue() == 16.5
                    && row.getCell(cells.indexOf("年度资金申请总额") + 2).getNumericCellValue() == 18, cells.toString());
        }
        Path html = dir.resolve("report.html");
        CliRun check = CliRun.of("check", dir.resolve("wj").toString(), "--registry",
                TestData.registry("wujing-2026-mubiao.yaml").toString(), "--html", html.toString());
        String page = Files.readString(html);
        assertTrue(page.contains("各单位交回时所作的变更") && page.contains("<td>金额修改</td><td>年度资金申请总额</td>"
                + "<td>16.50</td>"), check.err() + page);
    }

    private static int rowOf(Sheet s, String text) {
        for (Row r : s) {
            Cell c = r.getCell(3);
            if (c != null && text.equals(c.toString())) {
                return r.getRowNum();
            }
        }
        throw new AssertionError(text);
    }
}
