package cn.jixiao.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.registry.FormFamily;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The templates drawn in code and the ones committed in templates/ (which travel in the jar and
 * which offices copy and edit) are the same: every sheet, cell, formula, merge, style, width,
 * height, validation and print setting. When this fails, the drawing changed: write the templates
 * again with {@code jixiao templates -o templates --force} and commit them with the change.
 */
class CommittedTemplatesTest {

    @ParameterizedTest
    @EnumSource(FormFamily.class)
    void eachFormsCommittedTemplateIsTheOneDrawnInCode(FormFamily family) throws IOException {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        OfficialTemplates.write(family, drawn);
        assertEquals(fingerprint(Files.readAllBytes(Path.of("templates", TemplateSource.fileName(family)))),
                fingerprint(drawn.toByteArray()));
    }

    @Test
    void theCommittedSummaryBookTemplateIsTheOneDrawnInCode() throws IOException {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        RollupTemplate.write(drawn);
        assertEquals(fingerprint(Files.readAllBytes(Path.of("templates", RollupTemplate.FILE))),
                fingerprint(drawn.toByteArray()));
    }

    /** Everything of a workbook that a filled form or a summary book shows, one line per fact. */
    private static String fingerprint(byte[] xlsx) throws IOException {
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Name n : wb.getAllNames()) {
                lines.add("name " + n.getNameName() + " " + n.getSheetIndex() + " " + n.getRefersToFormula());
            }
            for (Sheet s : wb) {
                int index = wb.getSheetIndex(s);
                lines.add("sheet " + s.getSheetName() + " " + wb.getSheetVisibility(index) + " print "
                        + wb.getPrintArea(index) + " landscape " + s.getPrintSetup().getLandscape() + " paper "
                        + s.getPrintSetup().getPaperSize() + " fit " + s.getPrintSetup().getFitWidth() + "x"
                        + s.getPrintSetup().getFitHeight() + " freeze " + s.getPaneInformation());
                List<String> merges = new ArrayList<>();
                for (CellRangeAddress m : s.getMergedRegions()) {
                    merges.add(m.formatAsString());
                }
                merges.sort(null);
                lines.add("merges " + merges);
                for (DataValidation v : s.getDataValidations()) {
                    lines.add("validation " + v.getRegions().getCellRangeAddresses().length + " "
                            + v.getValidationConstraint().getValidationType() + " "
                            + v.getValidationConstraint().getFormula1() + " "
                            + String.join(",", v.getValidationConstraint().getExplicitListValues() == null ? new String[0]
                            : v.getValidationConstraint().getExplicitListValues()));
                }
                int lastCol = 0;
                for (Row r : s) {
                    lastCol = Math.max(lastCol, r.getLastCellNum());
                    lines.add("row " + r.getRowNum() + " height " + r.getHeight() + " custom " + r.isFormatted());
                    for (Cell c : r) {
                        lines.add(c.getAddress() + " " + value(c) + " | " + style(wb, c.getCellStyle()));
                    }
                }
                for (int col = 0; col <= lastCol; col++) {
                    lines.add("col " + col + " width " + s.getColumnWidth(col) + " hidden " + s.isColumnHidden(col));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String value(Cell c) {
        return switch (c.getCellType()) {
            case FORMULA -> "=" + c.getCellFormula();
            case NUMERIC -> "n " + c.getNumericCellValue();
            case STRING -> "s " + c.getStringCellValue();
            case BOOLEAN -> "b " + c.getBooleanCellValue();
            default -> c.getCellType().name();
        };
    }

    private static String color(XSSFColor c) {
        return c == null ? "none" : c.getARGBHex() + "/" + c.getIndexed() + "/" + c.getTheme() + "/" + c.getTint();
    }

    private static String style(XSSFWorkbook wb, CellStyle st) {
        Font f = wb.getFontAt(st.getFontIndex());
        return st.getDataFormatString() + " " + f.getFontName() + " " + f.getFontHeightInPoints() + (f.getBold() ? " b" : "")
                + " " + st.getAlignment() + "/" + st.getVerticalAlignment() + (st.getWrapText() ? " wrap" : "")
                + " " + st.getBorderTop() + "," + st.getBorderRight() + "," + st.getBorderBottom() + ","
                + st.getBorderLeft() + " fill " + st.getFillPattern() + " " + color(((XSSFCellStyle) st).getFillForegroundColorColor())
                + (st.getLocked() ? "" : " unlocked") + " indent " + st.getIndention();
    }
}
