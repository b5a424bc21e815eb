package cn.jixiao.rollup;

import cn.jixiao.util.CellKeys;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The summary book's streamed workbook. POI writes each row's XML to disk a few characters at a
 * time through a synchronised BufferedWriter and a charset encoder, with a detour or two per
 * cell, which was a quarter of a rollup's time; here the same characters are written directly,
 * through a plain writer that encodes UTF-8 itself. The XML is the same, byte for byte. Links
 * from a cell to a sheet of the book are kept compactly too (see {@link #link}).
 */
final class StreamedBook extends SXSSFWorkbook {

    /**
     * Where the hyperlinks go in a sheet's part: before the first of these (the elements the
     * schema puts after {@code <hyperlinks>}), or else before the sheet's end.
     */
    private static final Set<String> AFTER_LINKS = Set.of("printOptions", "pageMargins", "pageSetup", "headerFooter",
            "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
            "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems",
            "tableParts", "extLst");

    /** Each sheet's links to sheets of the book (see {@link #link}). */
    private final Map<Sheet, Links> links = new IdentityHashMap<>();

    /** Each sheet's writer of rows, to put in rows made ahead (see {@link #write}). */
    private final Map<Sheet, Rows> rows = new IdentityHashMap<>();
    /** The writer made for the sheet being created (POI makes it in the sheet's constructor). */
    private Rows made;

    StreamedBook(XSSFWorkbook template, int window) {
        super(template, window);
    }

    @Override
    public SXSSFSheet createSheet(String name) {
        SXSSFSheet sheet = super.createSheet(name);
        rows.put(sheet, made);
        return sheet;
    }

    /**
     * Puts in a row made ahead at its place, after the rows of the sheet's window (which are
     * written first, so the rows stay in order). The caller keeps what POI would have kept of
     * the row: its merges, links and the sheet's extent (see {@link TableWriter}).
     */
    void write(Sheet sheet, int rownum, RowXml.Made row) {
        try {
            SXSSFSheet s = (SXSSFSheet) sheet;
            s.flushRows();
            rows.get(s).write(rownum, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Links a cell to cell A1 of a sheet of the book. POI keeps a hyperlink as an XMLBeans object
     * in the sheet until the book is written, some 2.7 KB each, so a rollup's heap grew with its
     * forms; here a link is its cell and the sheet's name (which the caller holds anyway), written
     * into the sheet's part as the book is, as POI writes it: {@code <hyperlink
     * location="'name'!A1" ref="C5"/>}. Called by the one thread that writes the tables (the
     * links are not synchronised).
     */
    void link(Cell cell, String sheet) {
        link(cell.getSheet(), cell.getRowIndex(), cell.getColumnIndex(), sheet);
    }

    /** The same, for a cell of a row made ahead (see {@link #write}). */
    void link(Sheet from, int row, int col, String sheet) {
        links.computeIfAbsent(from, s -> new Links()).add(row, col, sheet);
    }

    /** The parts of the book as POI wrote them, with each sheet's links put into its part. */
    @Override
    protected void injectData(ZipEntrySource zipEntrySource, OutputStream out) throws IOException {
        super.injectData(links.isEmpty() ? zipEntrySource : new ZipEntrySource() {
            @Override
            public Enumeration<? extends ZipArchiveEntry> getEntries() {
                return zipEntrySource.getEntries();
            }

            @Override
            public ZipArchiveEntry getEntry(String path) {
                return zipEntrySource.getEntry(path);
            }

            @Override
            public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
                InputStream in = zipEntrySource.getInputStream(entry);
                XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
                Links l = sheet == null ? null : links.get(getSheetAt(_wb.getSheetIndex(sheet)));
                return l == null ? in : l.into(in);
            }

            @Override
            public void close() throws IOException {
                zipEntrySource.close();
            }

            @Override
            public boolean isClosed() {
                return zipEntrySource.isClosed();
            }
        }, out);
    }

    /** A sheet's links: a cell (row and column in a long) and a sheet's name each, in the order made. */
    private static final class Links {
        /** Links written into the part at a time (the XML is made as the part is copied). */
        private static final int CHUNK = 512;
        private long[] cells = new long[16];
        private String[] targets = new String[16];
        private int n;

        void add(int row, int col, String target) {
            if (n == cells.length) {
                cells = Arrays.copyOf(cells, 2 * n);
                targets = Arrays.copyOf(targets, 2 * n);
            }
            cells[n] = CellKeys.of(row, col);
            targets[n] = target;
            n++;
        }

        /**
         * The sheet's part as POI wrote it (without its rows: a few KB) with the links put in at
         * their place: into its {@code <hyperlinks>} if it has one, else in a list of their own.
         */
        InputStream into(InputStream part) throws IOException {
            String xml;
            try (part) {
                xml = new String(part.readAllBytes(), StandardCharsets.UTF_8);
            }
            Place at = place(xml);
            String head = xml.substring(0, at.index()) + (at.inList() ? "" : "<" + at.prefix() + "hyperlinks>");
            String tail = (at.inList() ? "" : "</" + at.prefix() + "hyperlinks>") + xml.substring(at.index());
            return new SequenceInputStream(new Enumeration<InputStream>() {
                private int next = -1;

                @Override
                public boolean hasMoreElements() {
                    return next <= n;
                }

                @Override
                public InputStream nextElement() {
                    String s;
                    if (next < 0) {
                        s = head;
                        next = 0;
                    } else if (next == n) {
                        s = tail;
                        next++;
                    } else {
                        int end = Math.min(n, next + CHUNK);
                        s = xml(next, end, at.prefix());
                        next = end;
                    }
                    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
                }
            });
        }

        private String xml(int from, int to, String prefix) {
            StringBuilder b = new StringBuilder(80 * (to - from));
            for (int i = from; i < to; i++) {
                b.append('<').append(prefix).append("hyperlink location=\"");
                escaped(b, "'" + targets[i].replace("'", "''") + "'!A1");
                b.append("\" ref=\"").append(CellReference.convertNumToColString(CellKeys.column(cells[i])))
                        .append(CellKeys.row(cells[i]) + 1).append("\"/>");
            }
            return b.toString();
        }

        /** An attribute's value escaped as XMLBeans escapes it (&amp;, &lt; and &quot;), so the XML is POI's. */
        private static void escaped(StringBuilder b, String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> b.append("&amp;");
                    case '<' -> b.append("&lt;");
                    case '"' -> b.append("&quot;");
                    default -> b.append(c);
                }
            }
        }
    }

    /** Where the links go in a sheet's part: an index, the prefix of its elements, and whether into a list it has. */
    record Place(int index, String prefix, boolean inList) {
    }

    /**
     * Finds where the links go in a sheet's part as POI wrote it (declaration, then elements whose
     * attribute values are quoted, text with markup escaped): before the first element the schema
     * puts after them, or the sheet's end; or before the end of a {@code <hyperlinks>} it has.
     */
    static Place place(String xml) {
        String prefix = null;
        int depth = 0;
        for (int i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
            char c = xml.charAt(i + 1);
            if (c == '?' || c == '!') {
                continue; // the declaration (POI writes no comments, nor CDATA)
            }
            int end = tagEnd(xml, i);
            if (c == '/') {
                depth--;
                if (depth == 0) {
                    return new Place(i, prefix, false);
                }
                continue;
            }
            String name = xml.substring(i + 1, nameEnd(xml, i + 1));
            int colon = name.indexOf(':');
            if (prefix == null) {
                prefix = colon < 0 ? "" : name.substring(0, colon + 1); // the root's: <worksheet> or <x:worksheet>
            }
            String local = name.substring(colon + 1);
            if (depth == 1 && AFTER_LINKS.contains(local)) {
                return new Place(i, prefix, false);
            }
            if (depth == 1 && local.equals("hyperlinks") && xml.charAt(end - 1) != '/') {
                return new Place(xml.indexOf("</" + name, end), prefix, true);
            }
            if (xml.charAt(end - 1) != '/') {
                depth++;
            }
            i = end;
        }
        throw new IllegalStateException("no end to a sheet's part");
    }

    /** The index of the '>' closing the tag that opens at {@code from} (quoted values may hold one). */
    private static int tagEnd(String xml, int from) {
        char quote = 0;
        for (int i = from + 1; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        throw new IllegalStateException("a tag without its end in a sheet's part");
    }

    private static int nameEnd(String xml, int from) {
        int i = from;
        while (i < xml.length() && " \t\r\n/>".indexOf(xml.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        made = new Rows();
        return made;
    }

    /**
     * Deflate's level 3, not its default 6: the book's XML (some 220 KB a workbook rolled up) is
     * compressed in half the time, for a file about 15% larger (measured on the 100-workbook
     * benchmark's book: 0.12 s instead of 0.24 s, 1.42 MB instead of 1.23 MB).
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        // The sheets deflated on every core (see SplitDeflatingZip). POI's own zip marks every part
        // Zip64, since it cannot know a part's size before writing it; the sheets' sizes are known
        // here before they are written, so Zip64 is used where a size needs it (a part past 4 GB).
        ZipArchiveOutputStream zip = new SplitDeflatingZip(out, 3);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        return zip;
    }

    /**
     * Writes a sheet's rows as POI's SheetDataWriter does, character for character, for the rows
     * the summary tables have (a height, cells blank, text, numbers and formulas with a number),
     * without its per-cell detours (a CellReference object per cell, attributes through a helper,
     * text walked code point by code point through an iterator). Any other row goes to POI's own.
     */
    private static final class Rows extends SheetDataWriter {
        private int flushed;
        private int lowest;
        private int last = -1;
        private int cellsOfLast;

        Rows() throws IOException {
            super();
        }

        @Override
        @SuppressWarnings("deprecation") // the way POI offers to choose the writer (to be protected in POI 6)
        public Writer createWriter(File fd) throws IOException {
            return new Utf8Writer(new FileOutputStream(fd));
        }

        /**
         * The rows read back as the book is written, a quarter of a megabyte at a time: POI copies
         * them 4 KB at a time, a read from the file each, thousands for a district's table.
         */
        @Override
        protected InputStream decorateInputStream(FileInputStream fis) {
            return new BufferedInputStream(fis, 1 << 18);
        }

        @Override
        public void writeRow(int rownum, SXSSFRow row) throws IOException {
            if (!plain(row)) {
                count(rownum, row.getLastCellNum());
                super.writeRow(rownum, row);
                return;
            }
            RowXml xml = new RowXml(row.hasCustomHeight() ? row.getHeightInPoints() : Float.NaN);
            int col = 0;
            for (Iterator<Cell> cells = row.allCellsIterator(); cells.hasNext(); col++) {
                Cell cell = cells.next();
                if (cell != null) {
                    cell(xml, cell, col);
                }
            }
            write(rownum, xml.end());
        }

        /** A row made ahead (see {@link RowXml}), its number filled in as it is written. */
        void write(int rownum, RowXml.Made row) throws IOException {
            if (rownum <= last) {
                // What POI's createRow refuses: the sheet's rows must come in order.
                throw new IllegalStateException("row " + (rownum + 1) + " after row " + (last + 1) + " is written");
            }
            count(rownum, row.lastCellNum());
            Utf8Writer out = (Utf8Writer) _out;
            byte[] number = Integer.toString(rownum + 1).getBytes(StandardCharsets.US_ASCII);
            byte[] xml = row.xml();
            int from = 0;
            for (int hole : row.holes()) {
                out.encoded(xml, from, hole - from);
                out.encoded(number, 0, number.length);
                from = hole;
            }
            out.encoded(xml, from, row.length() - from);
        }

        private void count(int rownum, int lastCellNum) {
            if (flushed == 0) {
                lowest = rownum;
            }
            last = Math.max(rownum, last);
            cellsOfLast = lastCellNum;
            flushed++;
        }

        /** A row with nothing but a height, and cells this writer writes itself. */
        private static boolean plain(SXSSFRow row) {
            if (row.getZeroHeight() || row.isFormatted() || row.getOutlineLevel() != 0 || row.getHidden() != null
                    || row.getCollapsed() != null) {
                return false;
            }
            for (Iterator<Cell> cells = row.allCellsIterator(); cells.hasNext(); ) {
                Cell cell = cells.next();
                if (cell != null && switch (cell.getCellType()) {
                    case BLANK, STRING, NUMERIC -> false;
                    case FORMULA -> cell.getCachedFormulaResultType() != CellType.NUMERIC;
                    default -> true;
                }) {
                    return false;
                }
            }
            return true;
        }

        private static void cell(RowXml xml, Cell cell, int col) {
            int style = cell.getCellStyle().getIndex() & 0xffff;
            switch (cell.getCellType()) {
                case STRING -> xml.text(col, style, cell.getStringCellValue());
                case NUMERIC -> xml.number(col, style, cell.getNumericCellValue());
                case FORMULA -> xml.formula(col, style, cell.getCellFormula(), cell.getNumericCellValue());
                default -> xml.blank(col, style);
            }
        }

        @Override
        public int getNumberOfFlushedRows() {
            return flushed;
        }

        @Override
        public int getLowestIndexOfFlushedRows() {
            return lowest;
        }

        @Override
        public int getLastFlushedRow() {
            return last;
        }

        @Override
        public int getNumberOfCellsOfLastFlushedRow() {
            return cellsOfLast;
        }
    }

    /** An unsynchronised writer of UTF-8 into a buffer of its own (one thread writes a sheet). */
    static final class Utf8Writer extends Writer {
        private final OutputStream out;
        private final byte[] buf = new byte[1 << 16];
        private final char[] chars = new char[1024];
        private int n;
        /** A high surrogate whose low half has not come yet. */
        private char high;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            if (len <= 16) { // markup and numbers: a few characters, not worth copying out
                for (int i = off, end = off + len; i < end; i++) {
                    put(s.charAt(i));
                }
                return;
            }
            while (len > 0) {
                int k = Math.min(len, chars.length);
                s.getChars(off, off + k, chars, 0);
                write(chars, 0, k);
                off += k;
                len -= k;
            }
        }

        @Override
        public void write(char[] cs, int off, int len) throws IOException {
            for (int i = off, end = off + len; i < end; i++) {
                char c = cs[i];
                if (c < 0x80 && high == 0 && n < buf.length) {
                    buf[n++] = (byte) c;
                } else {
                    put(c);
                }
            }
        }

        /** Bytes already in UTF-8, between characters (not inside a surrogate pair). */
        void encoded(byte[] bytes, int off, int len) throws IOException {
            if (high != 0) {
                high = 0;
                put('?');
            }
            if (n + len > buf.length) {
                drain();
                if (len > buf.length) {
                    out.write(bytes, off, len);
                    return;
                }
            }
            System.arraycopy(bytes, off, buf, n, len);
            n += len;
        }

        private void put(char c) throws IOException {
            if (n > buf.length - 4) {
                drain();
            }
            if (high != 0) {
                char h = high;
                high = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(h, c);
                    buf[n++] = (byte) (0xF0 | cp >> 18);
                    buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp & 0x3F);
                    return;
                }
                buf[n++] = '?'; // a lone surrogate, as Java's UTF-8 encoder writes it
                put(c);
                return;
            }
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                buf[n++] = '?';
            } else {
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void drain() throws IOException {
            out.write(buf, 0, n);
            n = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (high != 0) {
                high = 0;
                put('?');
            }
            try (out) {
                drain();
            }
        }
    }
}
