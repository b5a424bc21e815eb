package cn.jixiao.fill;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Cell styles derived from the template's own (same font, borders, tint) with another number
 * format. One per workbook being filled: a workbook holds at most 64,000 styles, so each
 * variant is made once and reused.
 */
final class StyleCache {

    private final Map<String, CellStyle> styles = new HashMap<>();

    void applyFormat(Cell cell, String format) {
        CellStyle base = cell.getCellStyle();
        Workbook wb = cell.getSheet().getWorkbook();
        String key = base.getIndex() + "|" + format;
        CellStyle style = styles.computeIfAbsent(key, k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        });
        cell.setCellStyle(style);
    }
}
