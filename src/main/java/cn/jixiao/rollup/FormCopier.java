package cn.jixiao.rollup;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Copies a filled form sheet into the summary book: values, formulas, styles, merged cells, widths,
 * heights and page setup, so the form prints as it does in the unit's pack. Styles are shared
 * across the forms copied (by what they look like), so a book of many forms keeps a small style
 * table.
 */
final class FormCopier {

    private final SXSSFWorkbook book;
    private final Map<String, CellStyle> styles = new HashMap<>();

    FormCopier(SXSSFWorkbook book) {
        this.book = book;
    }

    void copy(XSSFSheet src, String name) {
        Sheet dst = book.createSheet(name);
        int lastCol = 0;
        Map<Integer, CellStyle> local = new HashMap<>();
        for (Row r : src) {
            Row d = dst.createRow(r.getRowNum());
            d.setHeight(r.getHeight());
            for (Cell c : r) {
                lastCol = Math.max(lastCol, c.getColumnIndex());
                Cell to = d.createCell(c.getColumnIndex());
                to.setCellStyle(local.computeIfAbsent((int) c.getCellStyle().getIndex(),
                        i -> style((XSSFCellStyle) c.getCellStyle())));
                switch (c.getCellType()) {
                    case STRING -> to.setCellValue(c.getStringCellValue());
                    case NUMERIC -> to.setCellValue(c.getNumericCellValue());
                    case BOOLEAN -> to.setCellValue(c.getBooleanCellValue());
                    case FORMULA -> to.setCellFormula(c.getCellFormula());
                    default -> {
                    }
                }
            }
        }
        for (int c = 0; c <= lastCol; c++) {
            dst.setColumnWidth(c, src.getColumnWidth(c));
            dst.setColumnHidden(c, src.isColumnHidden(c));
        }
        for (CellRangeAddress m : src.getMergedRegions()) {
            dst.addMergedRegion(m);
        }
        PageSetup.copy(src, dst);
        if (src.getRepeatingRows() != null) {
            dst.setRepeatingRows(src.getRepeatingRows());
        }
        XSSFWorkbook from = src.getWorkbook();
        String area = from.getPrintArea(from.getSheetIndex(src));
        if (area != null) {
            book.setPrintArea(book.getSheetIndex(dst), area.substring(area.indexOf('!') + 1));
        }
    }

    /** The book's style that looks like this one, made on first sight. */
    private CellStyle style(XSSFCellStyle s) {
        String key = s.getDataFormatString() + "|" + s.getFont().getCTFont() + "|" + s.getFillPattern() + "|"
                + colour(s.getFillForegroundXSSFColor()) + "|" + s.getBorderTop() + s.getBorderBottom()
                + s.getBorderLeft() + s.getBorderRight() + "|" + s.getAlignment() + s.getVerticalAlignment()
                + s.getWrapText() + s.getIndention() + s.getRotation() + s.getLocked() + s.getHidden();
        return styles.computeIfAbsent(key, k -> {
            CellStyle copy = book.createCellStyle();
            copy.cloneStyleFrom(s);
            return copy;
        });
    }

    private static String colour(org.apache.poi.xssf.usermodel.XSSFColor c) {
        return c == null ? "" : c.getARGBHex();
    }
}
