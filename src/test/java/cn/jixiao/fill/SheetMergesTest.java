package cn.jixiao.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The form's merges and the cells under them end as POI's own addMergedRegion and setBlank leave
 * them: same checks, same refusals, same cell elements.
 */
class SheetMergesTest {

    @Test
    void mergesAreRefusedWhereAndOnlyWherePoiRefusesThem() throws IOException {
        List<CellRangeAddress> tries = List.of(
                CellRangeAddress.valueOf("A1:A3"), // overlaps the sheet's own A2:B2
                CellRangeAddress.valueOf("C1:C3"), // crosses the multi-cell array formula C3:D3
                CellRangeAddress.valueOf("E1:E3"), // holds a single-cell array formula: POI allows it
                CellRangeAddress.valueOf("F1:F3"),
                CellRangeAddress.valueOf("F3:G3"), // overlaps the F1:F3 just added
                CellRangeAddress.valueOf("H1:H1")); // one cell
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet ours = sheet(wb, "ours");
            XSSFSheet poi = sheet(wb, "poi");
            SheetMerges merges = new SheetMerges(ours);
            for (CellRangeAddress region : tries) {
                assertEquals(outcome(() -> poi.addMergedRegion(region.copy())),
                        outcome(() -> merges.add(region.copy())), region.formatAsString());
            }
            assertEquals(poi.getMergedRegions(), ours.getMergedRegions());
            assertEquals(ours.getMergedRegions(), merges.all());
        }
    }

    @Test
    void aCellUnderAMergeIsEmptiedAsSetBlankEmptiesIt() throws IOException {
        List<Consumer<Cell>> kinds = List.of(
                c -> c.setCellValue("一级指标"),
                c -> c.setCellValue(new XSSFRichTextString(" 带空格 ")),
                c -> c.setCellValue(12.5),
                c -> c.setCellValue(true),
                c -> c.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode()),
                c -> c.setCellFormula("1+1"),
                c -> {
                    c.setCellValue("文字");
                    ((XSSFCell) c).getCTCell().setT(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.INLINE_STR);
                    ((XSSFCell) c).getCTCell().addNewIs().setT("内联");
                },
                c -> { });
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet ours = wb.createSheet("ours");
            XSSFSheet poi = wb.createSheet("poi");
            org.apache.poi.ss.usermodel.CellStyle style = wb.createCellStyle();
            style.setWrapText(true);
            for (int i = 0; i < kinds.size(); i++) {
                for (XSSFSheet sheet : List.of(ours, poi)) {
                    Cell c = sheet.createRow(i).createCell(2);
                    c.setCellStyle(style);
                    kinds.get(i).accept(c);
                }
                FormFinisher.blank(ours.getRow(i).getCell(2));
                poi.getRow(i).getCell(2).setBlank();
                assertEquals(poi.getRow(i).getCell(2).getCTCell().xmlText(), ours.getRow(i).getCell(2).getCTCell().xmlText(),
                        "kind " + i);
            }
        }
    }

    private static XSSFSheet sheet(XSSFWorkbook wb, String name) {
        XSSFSheet sheet = wb.createSheet(name);
        for (int r = 0; r < 3; r++) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
            for (int c = 0; c < 8; c++) {
                row.createCell(c).setCellValue(r * 10 + c);
            }
        }
        sheet.addMergedRegion(CellRangeAddress.valueOf("A2:B2"));
        sheet.setArrayFormula("1", CellRangeAddress.valueOf("C3:D3"));
        sheet.setArrayFormula("2", CellRangeAddress.valueOf("E2"));
        return sheet;
    }

    private static String outcome(Runnable merge) {
        try {
            merge.run();
            return "merged";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
