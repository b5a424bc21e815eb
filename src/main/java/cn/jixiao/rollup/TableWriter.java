package cn.jixiao.rollup;

import cn.jixiao.util.CellKeys;
import cn.jixiao.util.RowHeights;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;
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
    /** The template rows whose merges POI has checked once against the sheet's (see {@link #copyRow}). */
    private final Set<Integer> mergesChecked = new HashSet<>();
    /** The item row's template, its columns by field and its styles' font sizes: read by rows made ahead. */
    private final Proto itemProto;
    private final Map<String, Integer> itemColumns;
    private final Map<Integer, Integer> itemFonts;
    private final float defaultHeight;
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
        this.itemProto = proto(itemRow);
        this.itemColumns = itemColumns();
        Map<Integer, Integer> fonts = new HashMap<>();
        itemProto.cells().forEach(c -> fonts.put((int) c.style().getIndex(), fontPoints(c.style())));
        this.itemFonts = Map.copyOf(fonts);
        this.defaultHeight = out.getDefaultRowHeightInPoints();
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
        amounts(values, (d, col) -> {
            add(groupSums, col, d);
            add(totalSums, col, d);
        });
        next++;
        items++;
    }

    /**
     * An item's row made as XML on the caller's thread (safe on any): its cells as {@link #item}
     * writes them, its height fitted to its text, and what the sheet keeps of it (links, the
     * sums of its amounts), so that putting it in at its place is little more than copying it.
     * The first item is written through POI, so that the sheet knows the table's columns, and so
     * is the last when no grand-total row follows it, so that the sheet knows its last row (see
     * {@link #pending}); a row POI would refuse or write otherwise (text past 32,767 characters,
     * an infinite number) goes through POI as well.
     */
    @Override
    public Ready ready(Map<String, Object> values) {
        Made made = itemProto.present() ? made(values) : null;
        return made == null ? () -> item(values) : () -> put(made, values);
    }

    /**
     * The item made ahead last put in, at its row, not yet written: written when a row comes after
     * it, or through POI if it ends the table (POI's sheet takes its last row from the rows it
     * wrote itself, for the sheet's dimension).
     */
    private Pending pending;

    private record Pending(int row, Made made, Map<String, Object> values) {
    }

    private void writePending() {
        Pending p = pending;
        pending = null;
        wb.write(out, p.row(), p.made().xml());
        for (CellRangeAddress m : itemProto.merges()) {
            // The first item was copied through POI, which checked these (see copyRow).
            out.addMergedRegionUnsafe(new CellRangeAddress(p.row(), p.row(), m.getFirstColumn(), m.getLastColumn()));
        }
        for (int i = 0; i < p.made().linkColumns().length; i++) {
            wb.link(out, p.row(), p.made().linkColumns()[i], p.made().linkSheets()[i]);
        }
    }

    /** An item's row as made ahead, with its links (column, sheet) and the amounts its closing rows add up. */
    private record Made(RowXml.Made xml, int[] linkColumns, String[] linkSheets, int[] sumColumns,
                        BigDecimal[] sums) {
    }

    private void put(Made made, Map<String, Object> values) {
        if (items == 0) {
            item(values);
            return;
        }
        if (next > lastRow - 2) {
            rowsLeftOut++;
            return;
        }
        if (pending != null) {
            writePending();
        }
        pending = new Pending(next, made, values);
        for (int i = 0; i < made.sumColumns().length; i++) {
            add(groupSums, made.sumColumns()[i], made.sums()[i]);
            add(totalSums, made.sumColumns()[i], made.sums()[i]);
        }
        next++;
        items++;
    }

    /** What {@link #copyRow} and {@link #write} make of the item row, as XML; null for a row to leave to POI. */
    private Made made(Map<String, Object> values) {
        List<ProtoCell> cells = itemProto.cells();
        Object[] content = new Object[cells.size()];
        List<Integer> linkColumns = new ArrayList<>(1);
        List<String> linkSheets = new ArrayList<>(1);
        int lines = 1;
        for (int k = 0; k < cells.size(); k++) {
            ProtoCell s = cells.get(k);
            Object value = s.type() == CellType.STRING ? value(s, values) : null;
            if (value instanceof Figures.Link link) {
                linkColumns.add(s.col());
                linkSheets.add(link.sheet());
            }
            Object v = s.type() == CellType.STRING ? shown(value) : s.type() == CellType.NUMERIC ? s.number() : null;
            if (v instanceof Double d && d.isInfinite() || v instanceof String t && t.length() > 32767) {
                return null;
            }
            if (v instanceof String t && !t.isEmpty()) {
                int last = s.col();
                for (CellRangeAddress m : itemProto.merges()) {
                    last = m.getFirstColumn() == s.col() ? m.getLastColumn() : last;
                }
                if (last >= widths.length) {
                    return null;
                }
                double chars = 0;
                for (int c = s.col(); c <= last; c++) {
                    chars += widths[c] / 256.0;
                }
                lines = Math.max(lines, RowHeights.lines(t, chars, itemFonts.get((int) s.style().getIndex())));
            }
            content[k] = v;
        }
        // The height as POI keeps it: the template's in twentieths of a point, fitted, in twentieths again.
        short height = itemProto.height();
        float points = height == -1 ? defaultHeight : (float) (height / 20.0);
        float fitted = RowHeights.fitted(points, lines);
        if (fitted != points) {
            height = (short) (fitted * 20);
        }
        RowXml xml = new RowXml(height == -1 ? Float.NaN : (float) (height / 20.0));
        for (int k = 0; k < cells.size(); k++) {
            ProtoCell s = cells.get(k);
            int style = s.style().getIndex() & 0xffff;
            if (content[k] instanceof String t) {
                xml.text(s.col(), style, t);
            } else if (content[k] instanceof Double d) {
                xml.number(s.col(), style, d);
            } else {
                xml.blank(s.col(), style);
            }
        }
        List<Integer> sumColumns = new ArrayList<>();
        List<BigDecimal> sums = new ArrayList<>();
        amounts(values, (d, col) -> {
            sumColumns.add(col);
            sums.add(d);
        });
        return new Made(xml.end(), linkColumns.stream().mapToInt(Integer::intValue).toArray(),
                linkSheets.toArray(String[]::new), sumColumns.stream().mapToInt(Integer::intValue).toArray(),
                sums.toArray(BigDecimal[]::new));
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
        if (pending != null && totalRow < 0) {
            Pending last = pending;
            pending = null;
            copyRow(itemRow, last.row(), last.values(), null);
        }
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
        if (pending != null) {
            writePending();
        }
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
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        // POI checks a merge against every merge of the sheet (a subtotal row's merge against all
        // the others); a template row's merges are checked the first time it is copied, and its
        // later copies, on rows of their own, cannot overlap anything that one did not.
        boolean first = mergesChecked.add(from);
        for (CellRangeAddress m : src.merges()) {
            CellRangeAddress copy = new CellRangeAddress(to, to, m.getFirstColumn(), m.getLastColumn());
            if (first) {
                out.addMergedRegion(copy);
            } else {
                out.addMergedRegionUnsafe(copy);
            }
            merged.put(CellKeys.of(to, m.getFirstColumn()), copy);
        }
        // Tall enough for wrapped text (a 计划期, a finding), so nothing prints cut off.
        RowHeights.fitRow(dst, merged, this::columnWidth, this::fontPoints);
    }

    private int columnWidth(int col) {
        return col < widths.length ? widths[col] : out.getColumnWidth(col);
    }

    private int fontPoints(CellStyle style) {
        return fontPoints.computeIfAbsent((int) style.getIndex(),
                i -> (int) out.getWorkbook().getFontAt(style.getFontIndex()).getFontHeightInPoints());
    }

    /** A text cell of the template, written for these values (a closing row's total, in its range). */
    private void write(Cell cell, ProtoCell proto, Map<String, Object> values, Range range) {
        if (proto.marker() != null && (proto.marker().equals("sum") || proto.marker().equals("avg")) && range != null) {
            total(cell, proto.marker(), range);
            return;
        }
        Object value = value(proto, values);
        Object shown = shown(value);
        if (shown instanceof Double d) {
            cell.setCellValue(d);
        } else if (shown != null) {
            cell.setCellValue((String) shown);
        }
        if (value instanceof Figures.Link link) {
            wb.link(cell, link.sheet());
        }
    }

    /**
     * What a text cell of the template holds for these values: the value its marker names (from
     * the book's fields or the item's), or its text with the markers inside filled in.
     */
    private Object value(ProtoCell proto, Map<String, Object> values) {
        if (proto.marker() == null) {
            return filled(proto.text(), values);
        }
        String name = proto.marker();
        return name.startsWith("book.") ? book.get(name.substring(5)) : values.get(proto.field());
    }

    /** A value as its cell shows it: an amount as a number, a link as its text, anything else as text. */
    private static Object shown(Object value) {
        if (value instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (value instanceof Figures.Link link) {
            return link.text();
        }
        return value == null ? null : value.toString();
    }

    /** The item's amounts, each with its column: what the closing rows add up. */
    private void amounts(Map<String, Object> values, ObjIntConsumer<BigDecimal> column) {
        for (var e : values.entrySet()) {
            if (e.getValue() instanceof BigDecimal d) {
                int col = itemColumns.getOrDefault(e.getKey(), -1);
                if (col >= 0) {
                    column.accept(d, col);
                }
            }
        }
    }

    /** Text with markers inside (the title, "金额单位：${book.moneyUnit}"), filled in as text. */
    private String filled(String template, Map<String, Object> values) {
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
        return b.toString();
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

    /** The item row's columns by the field their marker names (the first, where two name one). */
    private Map<String, Integer> itemColumns() {
        Map<String, Integer> columns = new HashMap<>();
        for (ProtoCell c : itemProto.cells()) {
            if (c.field() != null) {
                columns.putIfAbsent(c.field(), c.col());
            }
        }
        return Map.copyOf(columns);
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
