package cn.jixiao.cli;

import cn.jixiao.util.DisplayWidth;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table that lines up in a terminal with Chinese text: CJK characters take two
 * columns. Columns after the first are right-aligned when every value in them is a number.
 */
public final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public TextTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public void print(PrintWriter out) {
        int n = header.size();
        int[] widths = new int[n];
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            widths[c] = width(header.get(c));
            numeric[c] = c > 0 && !rows.isEmpty();
            for (List<String> r : rows) {
                widths[c] = Math.max(widths[c], width(r.get(c)));
                numeric[c] &= r.get(c).matches("-?[0-9,]*(\\.[0-9]+)?");
            }
        }
        line(out, header, widths, numeric);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < n; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.println(rule);
        rows.forEach(r -> line(out, r, widths, numeric));
    }

    private static void line(PrintWriter out, List<String> cells, int[] widths, boolean[] numeric) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - width(cell));
            sb.append(c == 0 ? "" : "  ").append(numeric[c] ? pad + cell : cell + pad);
        }
        out.println(sb.toString().stripTrailing());
    }

    private static int width(String s) {
        return DisplayWidth.of(s);
    }
}
