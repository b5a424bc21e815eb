package cn.jixiao.util;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
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
        fit(sheet, fromRow, toRow, sheet.getMergedRegions());
    }

    /**
     * The same, given the sheet's merges (a caller that has just made them has them at hand; POI
     * reads them back from the sheet's XML). Column widths and font sizes are looked up once per
     * column and style, not per cell.
     */
    public static void fit(Sheet sheet, int fromRow, int toRow, List<CellRangeAddress> merges) {
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress m : merges) {
            merged.put(CellKeys.of(m.getFirstRow(), m.getFirstColumn()), m);
        }
        Map<Integer, Integer> widths = new HashMap<>();
        Map<Short, Integer> fonts = new HashMap<>();
        IntUnaryOperator columnWidth = c -> widths.computeIfAbsent(c, sheet::getColumnWidth);
        ToIntFunction<CellStyle> fontSize = style -> fonts.computeIfAbsent(style.getIndex(),
                i -> (int) sheet.getWorkbook().getFontAt(style.getFontIndex()).getFontHeightInPoints());
        for (int r = fromRow; r <= toRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                fitRow(row, merged, columnWidth, fontSize);
            }
        }
    }

    /**
     * One row, as it is written (the summary book streams its rows), with the sheet's column widths
     * (in 1/256 of a character) and each style's font size given by the caller: a writer that
     * streams thousands of rows looks them up once, not per cell. {@code merged} holds the merges
     * that start on the row by their first cell ({@link CellKeys}).
     */
    public static void fitRow(Row row, Map<Long, CellRangeAddress> merged, IntUnaryOperator columnWidth,
                              ToIntFunction<CellStyle> fontSize) {
        int r = row.getRowNum();
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.STRING) {
                continue;
            }
            String text = cell.getStringCellValue();
            if (text.isEmpty()) {
                continue;
            }
            CellRangeAddress region = merged.isEmpty() ? null : merged.get(CellKeys.of(r, cell.getColumnIndex()));
            if (region != null && region.getLastRow() > region.getFirstRow()) {
                continue; // text merged down several rows has their combined height
            }
            int first = cell.getColumnIndex();
            int last = region == null ? first : region.getLastColumn();
            double chars = 0;
            for (int c = first; c <= last; c++) {
                chars += columnWidth.applyAsInt(c) / 256.0;
            }
            int cellLines = lines(text, chars, fontSize.applyAsInt(cell.getCellStyle()));
            lines = Math.max(lines, cellLines);
        }
        float fitted = fitted(row.getHeightInPoints(), lines);
        if (fitted != row.getHeightInPoints()) {
            row.setHeightInPoints(fitted);
        }
    }

    /** The lines a cell's text takes, wrapped in a cell {@code chars} characters wide, in a font of this size. */
    public static int lines(String text, double chars, int fontPoints) {
        double perLine = Math.max(1, (chars - 1) * 11.0 / Math.max(9, fontPoints));
        if (2.0 * text.length() <= perLine && text.indexOf('\n') < 0) {
            return 1; // no character is wider than two: short text fits without measuring it
        }
        int lines = 0;
        for (int from = 0; from <= text.length(); ) {
            int to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            lines += Math.max(1, (int) Math.ceil(DisplayWidth.of(text, from, to) / perLine));
            from = to + 1;
        }
        return lines;
    }

    /** The height of a row of this height (points) whose tallest cell takes so many lines. */
    public static float fitted(float heightInPoints, int lines) {
        float wanted = lines * LINE_POINTS;
        return lines > 1 && heightInPoints < wanted ? Math.min(409, wanted) : heightInPoints;
    }
}
