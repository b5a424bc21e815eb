package cn.jixiao.rollup;

import java.util.Map;

/** Where the rows of a summary table go: the book's sheet, a CSV file, a JSON array. */
interface RowSink {

    void item(Map<String, Object> values);

    /** The end of one implementing unit's rows, with the values of its closing row. */
    default void closeGroup(Map<String, Object> values) {
    }

    /** The end of the table, with the values of its grand-total row. */
    default void finish(Map<String, Object> values) {
    }
}
