package cn.jixiao.util;

/**
 * A cell's row and column (both from 0) packed into one long: a map or set of cells keyed so needs
 * no object per key beyond the boxed long, and the key sorts as the cells do, row by row.
 */
public final class CellKeys {

    private CellKeys() {
    }

    public static long of(int row, int column) {
        return (long) row << 32 | column;
    }

    public static int row(long key) {
        return (int) (key >>> 32);
    }

    public static int column(long key) {
        return (int) key;
    }
}
