package cn.jixiao.rollup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A summary table as CSV, items only (no subtotals: the file is for pivoting). Text that a
 * spreadsheet would take for a formula ({@code = + - @}, tab, carriage return at the start) is
 * written with a leading apostrophe, so opening the file never runs anything in it.
 */
final class CsvSink implements RowSink {

    private final Writer out;
    private final TableColumns columns;

    CsvSink(Writer out, TableColumns columns) {
        this.out = out;
        this.columns = columns;
        line(new ArrayList<>(columns.headers()));
    }

    @Override
    public void item(Map<String, Object> values) {
        List<Object> cells = new ArrayList<>();
        for (String f : columns.fields()) {
            cells.add(values.get(f));
        }
        line(cells);
    }

    private void line(List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        String t = v.toString();
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            t = "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
