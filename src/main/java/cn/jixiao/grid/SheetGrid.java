package cn.jixiao.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet as plain cells and merged ranges, whatever program wrote it and in which file format.
 * The reader works on this, never on POI's object model, so .xlsx can be streamed and .xls read
 * the same way. A cell inside a merged range reads as the range's value: 一级 merged down five
 * rows belongs to all five.
 */
public final class SheetGrid {

    private final String name;
    private final NavigableMap<Integer, NavigableMap<Integer, GridCell>> rows = new TreeMap<>();
    private final List<CellRangeAddress> merges = new ArrayList<>();
    /** Every cell a merged range covers, to its range: looked up for each cell the reader touches. */
    private Map<Long, CellRangeAddress> covered;

    public SheetGrid(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    void put(int row, int col, GridCell cell) {
        rows.computeIfAbsent(row, r -> new TreeMap<>()).put(col, cell);
    }

    void merge(CellRangeAddress range) {
        merges.add(range);
        covered = null;
    }

    public List<CellRangeAddress> merges() {
        return Collections.unmodifiableList(merges);
    }

    public int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    public int lastCol(int row) {
        NavigableMap<Integer, GridCell> r = rows.get(row);
        int last = r == null || r.isEmpty() ? -1 : r.lastKey();
        for (CellRangeAddress m : merges) {
            if (m.getFirstRow() <= row && row <= m.getLastRow()) {
                last = Math.max(last, m.getLastColumn());
            }
        }
        return last;
    }

    /** The cells of a row that hold something, by column. */
    public Map<Integer, GridCell> row(int row) {
        NavigableMap<Integer, GridCell> r = rows.get(row);
        return r == null ? Map.of() : Collections.unmodifiableMap(r);
    }

    public Iterable<Integer> rowNumbers() {
        return rows.keySet();
    }

    /** The numbers of the rows from first to last (both included) that hold something. */
    public Iterable<Integer> rowNumbers(int first, int last) {
        return first > last ? java.util.List.of() : rows.subMap(first, true, last, true).keySet();
    }

    /** The cell exactly as stored, or null; merged continuation cells are usually null. */
    public GridCell raw(int row, int col) {
        NavigableMap<Integer, GridCell> r = rows.get(row);
        return r == null ? null : r.get(col);
    }

    /** The merged range covering a cell, or null. */
    public CellRangeAddress mergeAt(int row, int col) {
        if (merges.isEmpty()) {
            return null;
        }
        if (covered == null) {
            covered = new HashMap<>();
            for (CellRangeAddress m : merges) {
                // A range of absurd size (a whole column merged) is looked up the slow way.
                if (m.getNumberOfCells() <= 10_000) {
                    for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                        for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                            covered.put(key(r, c), m);
                        }
                    }
                }
            }
        }
        CellRangeAddress m = covered.get(key(row, col));
        if (m != null) {
            return m;
        }
        for (CellRangeAddress big : merges) {
            if (big.getNumberOfCells() > 10_000 && big.isInRange(row, col)) {
                return big;
            }
        }
        return null;
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    /** The cell's value, taken from the top-left of its merged range when it lies in one. */
    public GridCell cell(int row, int col) {
        CellRangeAddress m = mergeAt(row, col);
        return m == null ? raw(row, col) : raw(m.getFirstRow(), m.getFirstColumn());
    }

    public String text(int row, int col) {
        GridCell c = cell(row, col);
        return c == null ? "" : c.text();
    }
}
