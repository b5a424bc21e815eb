package cn.jixiao.rollup;

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

    /** The markup, as bytes once: a rollup writes it into hundreds of thousands of cells. */
    private static final byte[] ROW = bytes("<row r=\""), QUOTE = bytes("\""),
            HEIGHT = bytes("\" customHeight=\"1\" ht=\""), ROW_OPENED = bytes(">\n"), EMPTY = bytes("></c>"),
            TEXT = bytes(" t=\"inlineStr\"><is><t"), PRESERVE = bytes(" xml:space=\"preserve\""), GT = bytes(">"),
            TEXT_END = bytes("</t></is></c>"), NUMBER = bytes(" t=\"n\"><v>"), NUMBER_END = bytes("</v></c>"),
            FORMULA = bytes(" t=\"n\"><f>"), FORMULA_END = bytes("</f>"), VALUE = bytes("<v>"), VALUE_END = bytes("</v>"),
            CELL_END = bytes("</c>"), ROW_END = bytes("</row>\n");

    /** {@code <c r="A} to {@code <c r="ZZ}: the columns a table uses, named once rather than for every cell. */
    private static final byte[][] CELL = java.util.stream.IntStream.range(0, 702)
            .mapToObj(c -> bytes("<c r=\"" + CellReference.convertNumToColString(c))).toArray(byte[][]::new);

    /** {@code " s="N"}, the end of a cell's reference and its style, for the first styles (a book has a few hundred). */
    private static final byte[][] STYLE = java.util.stream.IntStream.range(0, 1024)
            .mapToObj(s -> bytes("\" s=\"" + s + "\"")).toArray(byte[][]::new);

    private byte[] b = new byte[1024];
    private int len;
    private int[] holes = new int[16];
    private int n;
    private int lastCol = -1;

    /** A row of the given height in points, or of the sheet's default (NaN): {@code <row r="…" …>}. */
    RowXml(float heightInPoints) {
        put(ROW);
        hole();
        if (Float.isNaN(heightInPoints)) {
            put(QUOTE);
        } else {
            put(HEIGHT);
            ascii(Float.toString(heightInPoints));
            put(QUOTE);
        }
        put(ROW_OPENED);
    }

    /** A cell with a style and nothing in it. */
    void blank(int col, int style) {
        open(col, style);
        put(EMPTY);
    }

    void text(int col, int style, String text) {
        open(col, style);
        put(TEXT);
        int length = text.length();
        if (length > 0 && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(length - 1)))) {
            put(PRESERVE);
        }
        put(GT);
        escapedUtf8(text);
        put(TEXT_END);
    }

    void number(int col, int style, double value) {
        open(col, style);
        put(NUMBER);
        ascii(Double.toString(value));
        put(NUMBER_END);
    }

    /** A formula with the value it gives (NaN when there is none to store). */
    void formula(int col, int style, String formula, double value) {
        open(col, style);
        put(FORMULA);
        escapedUtf8(formula);
        put(FORMULA_END);
        if (!Double.isNaN(value)) {
            put(VALUE);
            ascii(Double.toString(value));
            put(VALUE_END);
        }
        put(CELL_END);
    }

    Made end() {
        put(ROW_END);
        // Trimmed: rows wait in numbers for their place (a district's set findings all at once).
        return new Made(Arrays.copyOf(b, len), len, Arrays.copyOf(holes, n), lastCol < 0 ? -1 : lastCol + 1);
    }

    private void open(int col, int style) {
        lastCol = col;
        if (col < CELL.length) {
            put(CELL[col]);
        } else {
            ascii("<c r=\"" + CellReference.convertNumToColString(col));
        }
        hole();
        if (style == 0) {
            put(QUOTE);
        } else if (style < STYLE.length) {
            put(STYLE[style]);
        } else {
            ascii("\" s=\"" + style + "\"");
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private void put(byte[] bytes) {
        room(bytes.length);
        System.arraycopy(bytes, 0, b, len, bytes.length);
        len += bytes.length;
    }

    private void hole() {
        if (n == holes.length) {
            holes = Arrays.copyOf(holes, 2 * n);
        }
        holes[n++] = len;
    }

    /** Numbers: ASCII, a byte a character. */
    @SuppressWarnings("deprecation") // the one String method that copies characters to bytes without encoding them
    private void ascii(String s) {
        int k = s.length();
        room(k);
        s.getBytes(0, k, b, len);
        len += k;
    }

    /**
     * Text as POI escapes it (markup and line breaks as entities, control characters and
     * U+FFFE/U+FFFF as '?') in UTF-8 as the book's writer encodes it (a surrogate without its other
     * half as '?', as Java's encoder writes it), in one pass straight into the row: a rollup has
     * tens of thousands of cells of text, and a copy of each escaped and another encoded cost a
     * tenth of making its rows.
     */
    private void escapedUtf8(String s) {
        int n = s.length();
        room(6 * n); // at most an entity ("&quot;") or three bytes a character; a pair of surrogates, four
        byte[] b = this.b;
        int len = this.len;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                String entity = switch (c) {
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '&' -> "&amp;";
                    case '"' -> "&quot;";
                    case '\n' -> "&#xa;";
                    case '\r' -> "&#xd;";
                    case '\t' -> "&#x9;";
                    default -> c < ' ' ? "?" : null;
                };
                if (entity == null) {
                    b[len++] = (byte) c;
                } else {
                    len = entity(entity, b, len);
                }
            } else if (c < 0x800) {
                if (c == '\u00A0') {
                    len = entity("&#xa0;", b, len);
                } else {
                    b[len++] = (byte) (0xC0 | c >> 6);
                    b[len++] = (byte) (0x80 | c & 0x3F);
                }
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    b[len++] = (byte) (0xF0 | cp >> 18);
                    b[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[len++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    b[len++] = '?'; // a surrogate without its other half, as Java's encoder writes it
                }
            } else if (c >= '\uFFFE') {
                b[len++] = '?';
            } else {
                b[len++] = (byte) (0xE0 | c >> 12);
                b[len++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[len++] = (byte) (0x80 | c & 0x3F);
            }
        }
        this.len = len;
    }

    @SuppressWarnings("deprecation") // copies the entity's ASCII characters to bytes, as ascii does
    private static int entity(String entity, byte[] b, int len) {
        entity.getBytes(0, entity.length(), b, len);
        return len + entity.length();
    }

    private void room(int more) {
        if (len + more > b.length) {
            b = Arrays.copyOf(b, Math.max(len + more, 2 * b.length));
        }
    }
}
