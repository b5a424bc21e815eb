package cn.jixiao.rollup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.ss.util.CellReference;

/**
 * One row of a summary table as its sheet's XML in UTF-8, written as POI's SheetDataWriter writes
 * it, byte for byte, but with holes where the row's number goes ({@code <row r="…">}, each
 * cell's {@code r="A…"}). A row can so be made on any thread before its place in the table is
 * known, and put in at its place by the one thread that writes the sheet, which only copies the
 * bytes and fills in the number (see {@link StreamedBook#write}). The rows POI hands to the
 * book's writer are made here too, so both come out the same.
 */
final class RowXml {

    /** A row made: its bytes, where its holes are among them, and its cells' count as POI counts them. */
    record Made(byte[] xml, int length, int[] holes, int lastCellNum) {
    }

    /** The letters of the columns a table uses (A to ZZ), named once rather than for every cell. */
    private static final String[] COLUMNS = java.util.stream.IntStream.range(0, 702)
            .mapToObj(CellReference::convertNumToColString).toArray(String[]::new);

    private byte[] b = new byte[1024];
    private int len;
    private int[] holes = new int[16];
    private int n;
    private int lastCol = -1;

    /** A row of the given height in points, or of the sheet's default (NaN): {@code <row r="…" …>}. */
    RowXml(float heightInPoints) {
        ascii("<row r=\"");
        hole();
        ascii("\"");
        if (!Float.isNaN(heightInPoints)) {
            ascii(" customHeight=\"1\" ht=\"");
            ascii(Float.toString(heightInPoints));
            ascii("\"");
        }
        ascii(">\n");
    }

    /** A cell with a style and nothing in it. */
    void blank(int col, int style) {
        open(col, style);
        ascii("></c>");
    }

    void text(int col, int style, String text) {
        open(col, style);
        ascii(" t=\"inlineStr\"><is><t");
        int length = text.length();
        if (length > 0 && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(length - 1)))) {
            ascii(" xml:space=\"preserve\"");
        }
        ascii(">");
        utf8(escaped(text));
        ascii("</t></is></c>");
    }

    void number(int col, int style, double value) {
        open(col, style);
        ascii(" t=\"n\"><v>");
        ascii(Double.toString(value));
        ascii("</v></c>");
    }

    /** A formula with the value it gives (NaN when there is none to store). */
    void formula(int col, int style, String formula, double value) {
        open(col, style);
        ascii(" t=\"n\"><f>");
        utf8(escaped(formula));
        ascii("</f>");
        if (!Double.isNaN(value)) {
            ascii("<v>");
            ascii(Double.toString(value));
            ascii("</v>");
        }
        ascii("</c>");
    }

    Made end() {
        ascii("</row>\n");
        // Trimmed: rows wait in numbers for their place (a district's set findings all at once).
        return new Made(Arrays.copyOf(b, len), len, Arrays.copyOf(holes, n), lastCol < 0 ? -1 : lastCol + 1);
    }

    private void open(int col, int style) {
        lastCol = col;
        ascii("<c r=\"");
        ascii(col < COLUMNS.length ? COLUMNS[col] : CellReference.convertNumToColString(col));
        hole();
        ascii("\"");
        if (style != 0) {
            ascii(" s=\"");
            ascii(Integer.toString(style));
            ascii("\"");
        }
    }

    private void hole() {
        if (n == holes.length) {
            holes = Arrays.copyOf(holes, 2 * n);
        }
        holes[n++] = len;
    }

    /** Markup, names and numbers: ASCII, a byte a character. */
    @SuppressWarnings("deprecation") // the one String method that copies characters to bytes without encoding them
    private void ascii(String s) {
        int k = s.length();
        room(k);
        s.getBytes(0, k, b, len);
        len += k;
    }

    /**
     * Text in UTF-8 as the book's writer encodes it: a surrogate without its other half as '?',
     * as Java's encoder writes it.
     */
    private void utf8(String s) {
        byte[] e = s.getBytes(StandardCharsets.UTF_8);
        room(e.length);
        System.arraycopy(e, 0, b, len, e.length);
        len += e.length;
    }

    private void room(int more) {
        if (len + more > b.length) {
            b = Arrays.copyOf(b, Math.max(len + more, 2 * b.length));
        }
    }

    /**
     * Text as POI escapes it: markup and line breaks as entities, control characters (and
     * U+FFFE/U+FFFF) as '?'. Most text has none of these and comes back as it is.
     */
    static String escaped(String s) {
        StringBuilder out = null;
        int from = 0;
        for (int i = 0, length = s.length(); i < length; i++) {
            char c = s.charAt(i);
            if (c > '>' && c < '\u00A0' || c >= '\u00A1' && c < '\uFFFE') {
                continue; // the usual case, nothing to escape
            }
            String entity = switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
            };
            if (entity != null) {
                out = out == null ? new StringBuilder(length + 16) : out;
                out.append(s, from, i).append(entity);
                from = i + 1;
            }
        }
        return out == null ? s : out.append(s, from, s.length()).toString();
    }
}
