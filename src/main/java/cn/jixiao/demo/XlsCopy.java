package cn.jixiao.demo;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An .xlsx saved again as an old .xls, the way a unit on an old office suite sends it back:
 * values, merged cells, column widths and row heights survive, styling does not.
 */
final class XlsCopy {

    private XlsCopy() {
    }

    static void write(XSSFWorkbook from, OutputStream out) throws IOException {
        try (HSSFWorkbook to = new HSSFWorkbook()) {
            for (Sheet src : from) {
                Sheet dst = to.createSheet(src.getSheetName());
                int lastCol = 0;
                for (Row r : src) {
                    Row d = dst.createRow(r.getRowNum());
                    d.setHeight(r.getHeight());
                    for (Cell c : r) {
                        lastCol = Math.max(lastCol, c.getColumnIndex());
                        Cell t = d.createCell(c.getColumnIndex());
                        switch (c.getCellType()) {
                            case STRING -> t.setCellValue(c.getStringCellValue());
                            case NUMERIC -> t.setCellValue(c.getNumericCellValue());
                            case BOOLEAN -> t.setCellValue(c.getBooleanCellValue());
                            default -> {
                                // Formulas are left behind: an old suite keeps their values, and ours
                                // were never calculated; the reader computes what it needs itself.
                            }
                        }
                    }
                }
                for (int c = 0; c <= lastCol; c++) {
                    dst.setColumnWidth(c, Math.min(src.getColumnWidth(c), 255 * 256));
                }
                src.getMergedRegions().forEach(dst::addMergedRegion);
                if (from.isSheetHidden(from.getSheetIndex(src))) {
                    to.setSheetHidden(to.getSheetIndex(dst), true);
                }
            }
            to.write(out);
        }
    }
}
