package cn.jixiao.rollup;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes one table of the summary book, row after row, from a sheet of the summary template: the
 * rows above the first marker row as they are ({@code ${book.…}} filled in), then a row in the
 * style of the template's project row for each item, a row in the style of its closing row after
 * each group, and the grand-total row. Totals are live formulas (SUBTOTAL, which skips the groups'
 * own totals) carrying their value, so the book shows them even where nothing recalculates.
 * Rows are streamed: the heap holds a window of them, not the table.
 */
final class TableWriter implements RowSink {

    private static final Pattern MARKER = Pattern.compile("\\$\\{([^}]*)}");

    private final StreamedBook wb;
    private final Sheet out;
    private final XSSFSheet prototype;
    private final Map<String, String> book;
    private final int itemRow;
    private final int groupRow;
    private final int totalRow;
    private final int lastCol;
    private int next;
    private int groupStart;
    private final int firstItem;
    private final Map<Integer, BigDecimal[]> groupSums = new HashMap<>();
    private final Map<Integer, BigDecimal[]> totalSums = new HashMap<>();
    private int items;
    /** The last row index the sheet may use (Excel's limit, or a lower one in tests). */
    private final int lastRow;
    /** Items that did not fit below that limit: counted, so that the command can say so. */
    private int rowsLeftOut;
    /** The template's rows as read once: every item row would otherwise go back to the template's XML. */
    private final Map<Integer, Proto> protos = new HashMap<>();
    private final Map<String, Integer> itemColumns = new HashMap<>();
    /** The sheet's column widths and each style's font size, looked up once for sizing rows (not per cell). */
    private final int[] widths;
    private final Map<Integer, Integer> fontPoints = new HashMap<>();

    /**
     * A template cell: its style, and its text (with the marker it is, if it is one whole, and the
     * item's field that marker names) or number.
     */
    private record ProtoCell(int col, CellStyle style, CellType type, String text, String marker, String field,
                             double number) {
    }

    /** A template row: absent, or its height, cells and the merges that lie within it. */
    private record Proto(boolean present, short height, List<ProtoCell> cells, List<CellRangeAddress> merges) {
    }

    TableWriter(StreamedBook wb, XSSFSheet prototype, String name, Map<String, String> book) {
        this(wb, prototype, name, book, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
    }

    /** With a lower last row than Excel's 1,048,576 rows (tests). */
    TableWriter(StreamedBook wb, XSSFSheet prototype, String name, Map<String, String> book, int lastRow) {
        this.wb = wb;
        this.lastRow = lastRow;
        this.prototype = prototype;
        this.book = book;
        this.out = wb.createSheet(name);
        this.itemRow = rowWith(prototype, "r.", "i.", "s.", "f.", "c.", "m.");
        this.groupRow = rowWith(prototype, "u.");
        this.totalRow = rowWith(prototype, "t.");
        int last = 0;
        for (Row r : prototype) {
            last = Math.max(last, r.getLastCellNum() - 1);
        }
        this.lastCol = last;
        this.widths = new int[lastCol + 1];
        for (int c = 0; c <= lastCol; c++) {
            out.setColumnWidth(c, prototype.getColumnWidth(c));
            widths[c] = out.getColumnWidth(c);
        }
        for (int r = 0; r < itemRow; r++) {
            copyRow(r, r, Map.of(), null);
        }
        this.next = itemRow;
        this.firstItem = itemRow;
        this.groupStart = itemRow;
        out.createFreezePane(0, itemRow);
        if (itemRow > 0) {
            out.setRepeatingRows(new CellRangeAddress(itemRow - 1, itemRow - 1, -1, -1));
        }
        PageSetup.copy(prototype, out);
    }

    /** Whether the template has this table's item row at all (an office may delete a table). */
    static boolean usable(XSSFSheet prototype) {
        return rowWith(prototype, "r.", "i.", "s.", "f.", "c.", "m.") >= 0;
    }

    @Override
    public void item(Map<String, Object> values) {
        // A sheet holds 1,048,576 rows at most (a district's 指标明细 can reach it): past that the
        // item is counted, not written, with two rows kept for its group's subtotal and the total.
        if (next > lastRow - 2) {
            rowsLeftOut++;
            return;
        }
        copyRow(itemRow, next, values, null);
        for (var e : values.entrySet()) {
            if (e.getValue() instanceof BigDecimal d) {
                int col = columnOf(itemRow, e.getKey());
                if (col >= 0) {
                    add(groupSums, col, d);
                    add(totalSums, col, d);
                }
            }
        }
        next++;
        items++;
    }

    /** Closes the group of items written since the last close (one implementing unit). */
    @Override
    public void closeGroup(Map<String, Object> values) {
        if (groupRow >= 0 && next > groupStart) {
            copyRow(groupRow, next, values, new Range(groupStart, next - 1, groupSums));
            next++;
        }
        groupSums.clear();
        groupStart = next;
    }

    @Override
    public void finish(Map<String, Object> values) {
        finish(values, false);
    }

    void finish(Map<String, Object> values, boolean filter) {
        if (totalRow >= 0 && items > 0) {
            copyRow(totalRow, next, values, new Range(firstItem, next - 1, totalSums));
            next++;
        }
        if (filter && itemRow > 0) {
            out.setAutoFilter(new CellRangeAddress(itemRow - 1, Math.max(itemRow - 1, next - 1), 0, lastCol));
        }
    }

    /** Items left out because the sheet was full (see {@link #item}). */
    int rowsLeftOut() {
        return rowsLeftOut;
    }

    Sheet sheet() {
        return out;
    }

    /** The rows a closing row totals, and the sum and count of each column over them. */
    private record Range(int first, int last, Map<Integer, BigDecimal[]> sums) {
    }

    private Proto proto(int from) {
        return protos.computeIfAbsent(from, f -> {
            Row src = prototype.getRow(f);
            if (src == null) {
                return new Proto(false, (short) 0, List.of(), List.of());
            }
            List<ProtoCell> cells = new ArrayList<>();
            for (int c = 0; c <= lastCol; c++) {
                Cell s = src.getCell(c);
                if (s != null) {
                    String text = s.getCellType() == CellType.STRING ? s.getStringCellValue() : null;
                    Matcher m = text == null ? null : MARKER.matcher(text.strip());
                    String marker = m != null && m.matches() ? m.group(1).strip() : null;
                    cells.add(new ProtoCell(c, s.getCellStyle(), s.getCellType(), text, marker,
                            marker == null ? null : field(marker),
                            s.getCellType() == CellType.NUMERIC ? s.getNumericCellValue() : 0));
                }
            }
            List<CellRangeAddress> merges = new ArrayList<>();
            for (CellRangeAddress m : prototype.getMergedRegions()) {
                if (m.getFirstRow() == f && m.getLastRow() == f) {
                    merges.add(m);
                }
            }
            return new Proto(true, src.getHeight(), cells, merges);
        });
    }

    private void copyRow(int from, int to, Map<String, Object> values, Range range) {
        Proto src = proto(from);
        Row dst = out.createRow(to);
        if (!src.present()) {
            return;
        }
        dst.setHeight(src.height());
        for (ProtoCell s : src.cells()) {
            Cell d = dst.createCell(s.col());
            d.setCellStyle(s.style());
            if (s.type() == CellType.STRING) {
                write(d, s, values, range);
            } else if (s.type() == CellType.NUMERIC) {
                d.setCellValue(s.number());
            }
        }
        Map<String, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress m : src.merges()) {
            CellRangeAddress copy = new CellRangeAddress(to, to, m.getFirstColumn(), m.getLastColumn());
            out.addMergedRegion(copy);
            merged.put(to + ":" + m.getFirstColumn(), copy);
        }
        // Tall enough for wrapped text (a 计划期, a finding), so nothing prints cut off.
        cn.jixiao.util.RowHeights.fitRow(dst, merged, this::columnWidth, this::fontPoints);
    }

    private int columnWidth(int col) {
        return col < widths.length ? widths[col] : out.getColumnWidth(col);
    }

    private int fontPoints(CellStyle style) {
        return fontPoints.computeIfAbsent((int) style.getIndex(),
                i -> (int) out.getWorkbook().getFontAt(style.getFontIndex()).getFontHeightInPoints());
    }

    private void write(Cell cell, ProtoCell proto, Map<String, Object> values, Range range) {
        String template = proto.text();
        if (proto.marker() != null) {
            String name = proto.marker();
            if ((name.equals("sum") || name.equals("avg")) && range != null) {
                total(cell, name, range);
                return;
            }
            Object v = name.startsWith("book.") ? book.get(name.substring(5)) : values.get(proto.field());
            set(cell, v);
            return;
        }
        // Text with markers inside (the title, "金额单位：${book.moneyUnit}"): filled in as text.
        StringBuilder b = new StringBuilder();
        Matcher inner = MARKER.matcher(template);
        int last = 0;
        while (inner.find()) {
            b.append(template, last, inner.start());
            String name = inner.group(1).strip();
            Object v = name.startsWith("book.") ? book.get(name.substring(5)) : values.get(field(name));
            b.append(v == null ? "" : v);
            last = inner.end();
        }
        b.append(template.substring(last));
        cell.setCellValue(b.toString());
    }

    private void total(Cell cell, String kind, Range range) {
        String col = CellReference.convertNumToColString(cell.getColumnIndex());
        String area = col + (range.first() + 1) + ":" + col + (range.last() + 1);
        cell.setCellFormula("SUBTOTAL(" + (kind.equals("sum") ? 9 : 1) + "," + area + ")");
        BigDecimal[] sc = range.sums().get(cell.getColumnIndex());
        if (sc != null) {
            BigDecimal value = kind.equals("sum") ? sc[0]
                    : sc[0].divide(sc[1], new MathContext(10, RoundingMode.HALF_UP));
            cell.setCellValue(value.doubleValue()); // the formula's value, stored for viewers that do not recalculate
        }
    }

    private void set(Cell cell, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (v instanceof Figures.Link link) {
            cell.setCellValue(link.text());
            wb.link(cell, link.sheet());
        } else {
            cell.setCellValue(v.toString());
        }
    }

    private int columnOf(int row, String key) {
        return row == itemRow ? itemColumns.computeIfAbsent(key, k -> findColumn(row, k)) : findColumn(row, key);
    }

    private int findColumn(int row, String key) {
        Row r = prototype.getRow(row);
        for (int c = 0; r != null && c <= lastCol; c++) {
            Cell cell = r.getCell(c);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                Matcher m = MARKER.matcher(cell.getStringCellValue().strip());
                if (m.matches() && field(m.group(1).strip()).equals(key)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** r.name → name: the prefix says which row kind a marker belongs to. */
    private static String field(String marker) {
        int dot = marker.indexOf('.');
        return dot < 0 ? marker : marker.substring(dot + 1);
    }

    private static void add(Map<Integer, BigDecimal[]> sums, int col, BigDecimal d) {
        BigDecimal[] sc = sums.computeIfAbsent(col, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sc[0] = sc[0].add(d);
        sc[1] = sc[1].add(BigDecimal.ONE);
    }

    private static int rowWith(XSSFSheet sheet, String... prefixes) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING) {
                    for (String p : prefixes) {
                        if (c.getStringCellValue().contains("${" + p)) {
                            return r.getRowNum();
                        }
                    }
                }
            }
        }
        return -1;
    }

}
