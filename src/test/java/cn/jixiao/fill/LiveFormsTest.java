package cn.jixiao.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jixiao.registry.Evaluation;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.FilledBook;
import cn.jixiao.support.LibreOffice;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers a unit signs are the numbers the office reports: a pack typed into as a unit
 * would, then recalculated by LibreOffice, has a 目录 that agrees with its forms, and a 自评表
 * whose 总分 agrees with the rollup and with check.
 */
class LiveFormsTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        assumeTrue(LibreOffice.installed(), "LibreOffice is installed by .ci/run");
    }

    @Test
    void the目录FollowsAnAmountCorrectedOnAFormWithRowsInsertedAboveIt() throws Exception {
        Path pack = ReadBack.fill(TestData.registry("wujing-2026-mubiao.yaml"), dir.resolve("packs")).get(0);
        Path typed = dir.resolve("typed.xlsx");
        String form;
        try (InputStream in = Files.newInputStream(pack); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(1);
            form = sheet.getSheetName();
            // The unit adds a line above the form ("填报单位（盖章）") and one more indicator row,
            // then corrects the annual amount.
            sheet.shiftRows(0, sheet.getLastRowNum(), 1);
            sheet.createRow(0).createCell(0).setCellValue("填报单位（盖章）：");
            int header = find(sheet, "三级指标").getRow();
            sheet.shiftRows(header + 1, sheet.getLastRowNum(), 1);
            sheet.createRow(header + 1).createCell(3).setCellValue("指标9：新增");
            rightOf(sheet, "年度资金申请总额").setCellValue(420.5);
            try (OutputStream out = Files.newOutputStream(typed)) {
                wb.write(out);
            }
        }
        Path calculated = dir.resolve("calculated");
        LibreOffice.recalculate(List.of(typed), calculated);
        try (FilledBook b = FilledBook.open(calculated.resolve("typed.xlsx"))) {
            Sheet toc = b.workbook().getSheet("目录");
            CellAddress head = b.find(toc, "年度资金申请总额");
            CellAddress total = b.find(toc, "项目资金总额");
            BigDecimal annualSum = BigDecimal.ZERO;
            BigDecimal totalSum = BigDecimal.ZERO;
            int rows = 0;
            for (Map.Entry<String, String> e : b.projectSheets().entrySet()) {
                Sheet sheet = b.workbook().getSheet(e.getKey());
                Row row = toc.getRow(head.getRow() + 1 + rows++);
                assertEquals(e.getKey(), b.text(row.getCell(2)), "the 目录 lists the forms in order");
                BigDecimal annual = number(b.rightOf(sheet, "年度资金申请总额"));
                BigDecimal whole = number(b.rightOf(sheet, "项目资金总额"));
                assertEquals(CellType.FORMULA, row.getCell(head.getColumn()).getCellType());
                assertEquals(annual, number(row.getCell(head.getColumn())), e.getKey() + ": 目录 = the form");
                assertEquals(whole, number(row.getCell(total.getColumn())), e.getKey() + ": 目录 = the form");
                annualSum = annualSum.add(annual == null ? BigDecimal.ZERO : annual);
                totalSum = totalSum.add(whole == null ? BigDecimal.ZERO : whole);
                if (e.getKey().equals(form)) {
                    assertEquals(0, new BigDecimal("420.5").compareTo(annual), "the corrected amount, on the form");
                }
            }
            Row sums = toc.getRow(b.find(toc, "合计").getRow());
            assertEquals(0, annualSum.compareTo(number(sums.getCell(head.getColumn()))), "合计 = the forms' sum");
            assertEquals(0, totalSum.compareTo(number(sums.getCell(total.getColumn()))), "合计 = the forms' sum");
            assertEquals("420.50", shown(toc.getRow(head.getRow() + 1).getCell(head.getColumn())),
                    "the 目录 shows the corrected figure with two decimals");
        }
    }

    @Test
    void aDerived自评表WithAFractionalRateTotalsAsTheRollupAndCheckDo() throws Exception {
        Path ziping = dir.resolve("ziping.yaml");
        CliRun derive = CliRun.of("derive", "ziping", TestData.registry("wujing-2026-mubiao.yaml").toString(),
                "-o", ziping.toString());
        assertEquals(0, derive.exitCode(), derive.err());
        Path pack = ReadBack.fill(ziping, dir.resolve("packs")).get(0);
        Path returned = dir.resolve("returned");
        Files.createDirectories(returned);
        Path typed = returned.resolve(pack.getFileName());
        String form;
        try (InputStream in = Files.newInputStream(pack); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(1);
            form = sheet.getSheetName();
            // The unit types its year: 16.50 budgeted, 15.20 spent (92.12 %: 9.21 points, 9 on the form),
            // every indicator met in full.
            Cell budgetCell = rightOf(sheet, "年度资金总额");
            Row money = sheet.getRow(budgetCell.getRowIndex());
            money.getCell(budgetCell.getColumnIndex()).setCellValue(16.5);
            money.getCell(budgetCell.getColumnIndex() + 1).setCellValue(16.5);
            money.getCell(budgetCell.getColumnIndex() + 2).setCellValue(15.2);
            int header = find(sheet, "三级指标").getRow();
            int totalRow = find(sheet, "总分").getRow();
            for (int r = header + 1; r < totalRow; r++) {
                Row row = sheet.getRow(r);
                row.getCell(5).setCellValue(row.getCell(4).getStringCellValue());
                row.getCell(7).setCellValue(row.getCell(6).getNumericCellValue());
            }
            try (OutputStream out = Files.newOutputStream(typed)) {
                wb.write(out);
            }
        }
        Path calculated = dir.resolve("calculated");
        LibreOffice.recalculate(List.of(typed), calculated);
        Path book = calculated.resolve(typed.getFileName());
        BigDecimal formTotal;
        BigDecimal formRateScore;
        try (FilledBook b = FilledBook.open(book)) {
            Sheet sheet = b.workbook().getSheet(form);
            Cell label = b.rightOf(sheet, "总分");
            formTotal = number(b.cell(sheet, label.getRowIndex(), label.getColumnIndex() + 1));
            Cell rate = b.cell(sheet, b.find(sheet, "年度资金总额").getRow(), 8);
            assertEquals("92%", shown(rate), "执行率 as a percent");
            formRateScore = number(b.cell(sheet, rate.getRowIndex(), 9));
            assertEquals(0, new BigDecimal("9").compareTo(formRateScore), "whole points on the form");
            assertEquals(0, new BigDecimal("99").compareTo(formTotal), "9 + the indicators' 90");
        }
        BigDecimal rule = Evaluation.rateScore(new BigDecimal("15.2").divide(new BigDecimal("16.5"),
                new java.math.MathContext(10)), BigDecimal.TEN);
        assertEquals(0, formRateScore.compareTo(rule), "the form's ROUND is the one rule");

        Path json = dir.resolve("rollup.json");
        CliRun rollup = CliRun.of("rollup", book.toString(), "-o", dir.resolve("book.xlsx").toString(),
                "--json", json.toString());
        assertEquals(0, rollup.exitCode(), rollup.err());
        JsonNode row = null;
        for (JsonNode r : new ObjectMapper().readTree(json.toFile()).get("self_evaluation")) {
            row = r.get("name").asText().equals(form) ? r : row;
        }
        assertEquals(0, formTotal.compareTo(row.get("total_score").decimalValue()), "rollup's 总分 = the form's: " + row);
        assertEquals(0, formRateScore.compareTo(row.get("rate_score").decimalValue()), "rollup's 执行率得分 = the form's");

        CliRun check = CliRun.of("check", book.toString(), "--format", "json");
        assertFalse(check.out().contains("eval.rateScore") || check.out().contains("eval.totalScore"),
                "check computes the same 执行率得分 and 总分: " + check.out());
    }

    private static BigDecimal number(Cell c) {
        if (c == null || c.getCellType() == CellType.BLANK
                || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() != CellType.NUMERIC) {
            return null;
        }
        return BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros();
    }

    /** A formula cell's cached value as its format shows it. */
    private static String shown(Cell c) {
        return new org.apache.poi.ss.usermodel.DataFormatter().formatRawCellContents(c.getNumericCellValue(),
                c.getCellStyle().getDataFormat(), c.getCellStyle().getDataFormatString());
    }

    private static CellAddress find(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().equals(label)) {
                    return cell.getAddress();
                }
            }
        }
        throw new AssertionError(label + " not on " + sheet.getSheetName());
    }

    /** The first cell right of a label that is not part of the label's merge. */
    private static Cell rightOf(XSSFSheet sheet, String label) {
        CellAddress at = find(sheet, label);
        int col = at.getColumn() + 1;
        for (var m : sheet.getMergedRegions()) {
            if (m.isInRange(at.getRow(), at.getColumn())) {
                col = m.getLastColumn() + 1;
            }
        }
        Row row = sheet.getRow(at.getRow());
        Cell c = row.getCell(col);
        return c == null ? row.createCell(col) : c;
    }
}
