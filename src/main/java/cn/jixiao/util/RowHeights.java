package cn.jixiao.util;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Rows tall enough for their wrapped text. Excel grows rows on typing but not on opening a
 * file, and a printed form whose indicator names are cut off is no use; so rows are sized here,
 * from the text's display width (CJK counts double) and the width of its (merged) cell.
 */
public final class RowHeights {

    private static final float LINE_POINTS = 14.5f;

    private RowHeights() {
    }

    public static void fit(Sheet sheet, int fromRow, int toRow) {
        Map<String, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            merged.put(m.getFirstRow() + ":" + m.getFirstColumn(), m);
        }
        for (int r = fromRow; r <= toRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                fitRow(sheet, row, merged);
            }
        }
    }

    /**
     * One row, as it is written (the summary book streams its rows); {@code merged} holds the
     * merges by "row:firstColumn" that start on it.
     */
    public static void fitRow(Sheet sheet, Row row, Map<String, CellRangeAddress> merged) {
        int r = row.getRowNum();
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isEmpty()) {
                continue;
            }
            CellRangeAddress region = merged.get(r + ":" + cell.getColumnIndex());
            if (region != null && region.getLastRow() > region.getFirstRow()) {
                continue; // text merged down several rows has their combined height
            }
            int first = cell.getColumnIndex();
            int last = region == null ? first : region.getLastColumn();
            double chars = 0;
            for (int c = first; c <= last; c++) {
                chars += sheet.getColumnWidth(c) / 256.0;
            }
            int fontPoints = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
            double perLine = Math.max(1, (chars - 1) * 11.0 / Math.max(9, fontPoints));
            int cellLines = 0;
            for (String part : cell.getStringCellValue().split("\n", -1)) {
                cellLines += Math.max(1, (int) Math.ceil(DisplayWidth.of(part) / perLine));
            }
            lines = Math.max(lines, cellLines);
        }
        float wanted = lines * LINE_POINTS;
        if (lines > 1 && row.getHeightInPoints() < wanted) {
            row.setHeightInPoints(Math.min(409, wanted));
        }
    }
}
