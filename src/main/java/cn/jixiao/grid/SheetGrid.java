package cn.jixiao.grid;

import java.util.ArrayList;
import java.util.Collections;
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
    private Covered covered;
    private static final long MAX_COVERED = 1 << 22;

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
            // Ranges of absurd size (a whole column merged), and any beyond a few million cells in
            // all, are looked up the slow way.
            long cells = 0;
            List<CellRangeAddress> small = new ArrayList<>();
            List<CellRangeAddress> big = new ArrayList<>();
            for (CellRangeAddress m : merges) {
                if (m.getNumberOfCells() <= 10_000 && cells + m.getNumberOfCells() <= MAX_COVERED) {
                    cells += m.getNumberOfCells();
                    small.add(m);
                } else {
                    big.add(m);
                }
            }
            covered = new Covered((int) cells, big);
            for (CellRangeAddress m : small) {
                for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                    for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                        covered.put(key(r, c), m);
                    }
                }
            }
        }
        CellRangeAddress m = covered.get(key(row, col));
        if (m != null) {
            return m;
        }
        for (CellRangeAddress big : covered.big) {
            if (big.isInRange(row, col)) {
                return big;
            }
        }
        return null;
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    /**
     * Cell key to merged range, in open addressing over plain arrays: asked for every cell the
     * reader touches, where a map of boxed keys made an object per question. A later range
     * replaces an earlier one on the same cell, as a map's put does.
     */
    private static final class Covered {
        private final long[] keys;
        private final CellRangeAddress[] ranges;
        /** The ranges not in the table, tried one by one. */
        private final List<CellRangeAddress> big;

        Covered(int cells, List<CellRangeAddress> big) {
            this.big = big;
            int size = Integer.highestOneBit(Math.max(4, cells) * 2 - 1) << 1;
            keys = new long[size];
            ranges = new CellRangeAddress[size];
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int i = (int) (key ^ (key >>> 29)) * 0x9E3779B9 & mask;
            while (ranges[i] != null && keys[i] != key) {
                i = (i + 1) & mask;
            }
            return i;
        }

        void put(long key, CellRangeAddress range) {
            int i = slot(key);
            keys[i] = key;
            ranges[i] = range;
        }

        CellRangeAddress get(long key) {
            return ranges[slot(key)];
        }
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
