package cn.jixiao.rollup;

import java.util.Map;

/** Where the rows of a summary table go: the book's sheet, a CSV file, a JSON array. */
interface RowSink {

    void item(Map<String, Object> values);

    /** An item made ready ahead, put in at its place (in the items' order) on the thread that writes the table. */
    interface Ready {
        void put();
    }

    /**
     * Safe on any thread: an item made as far as it can be before its place in the table is known
     * (a sheet's row as XML), so that the thread writing the table only puts it in. By default
     * nothing is made ahead and putting it in is {@link #item}.
     */
    default Ready ready(Map<String, Object> values) {
        return () -> item(values);
    }

    /** The end of one implementing unit's rows, with the values of its closing row. */
    default void closeGroup(Map<String, Object> values) {
    }

    /** The end of the table, with the values of its grand-total row; a table's last item may wait for it to be written. */
    default void finish(Map<String, Object> values) {
    }
}
