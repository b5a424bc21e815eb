package cn.jixiao.grid;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads every sheet of an .xlsx into {@link SheetGrid}s by streaming the sheet XML, without
 * building POI's object model: a returned form is read in a fraction of the time and memory that
 * opening it as an XSSFWorkbook takes. The XML is read by {@link XmlScanner}, which refuses
 * document type declarations (no external entities, no DTDs); {@link ZipParts} guards against
 * zip bombs.
 */
public final class XlsxGridLoader {

    /** More rows than any form has; a sheet beyond this is not a form and is not read to the end. */
    static final int MAX_ROWS = 20_000;

    /**
     * Building a DataFormatter costs more than formatting a whole form (locale tables, built-in
     * formats), and it caches the formats it has parsed; it is not thread-safe, so each thread
     * keeps one across workbooks.
     */
    private static final ThreadLocal<DataFormatter> FORMATTERS = ThreadLocal.withInitial(DataFormatter::new);

    private final DataFormatter formatter = FORMATTERS.get();

    public List<SheetGrid> load(ZipParts parts) throws IOException, SAXException {
        String workbook = Relationships.workbook(parts);
        List<Relationships.Relationship> rels = Relationships.of(parts, workbook);
        Map<String, String> byId = new HashMap<>();
        for (Relationships.Relationship r : rels) {
            byId.put(r.id(), r.target());
        }
        String stringsPart = Relationships.targetOfType(rels, "/sharedStrings");
        List<String> strings = SharedStrings.parse(stringsPart == null ? null : parts.open(stringsPart));
        String stylesPart = Relationships.targetOfType(rels, "/styles");
        NumberFormats styles = NumberFormats.none();
        InputStream stylesIn = stylesPart == null ? null : parts.open(stylesPart);
        if (stylesIn != null) {
            try (stylesIn) {
                styles = NumberFormats.parse(stylesIn);
            }
        }
        List<SheetGrid> sheets = new ArrayList<>();
        for (String[] sheet : sheetList(parts.open(workbook))) {
            String target = byId.get(sheet[1]);
            InputStream in = target == null ? null : parts.open(target);
            if (in == null) {
                continue; // a chart sheet or a part the package lacks: nothing to read there
            }
            try (in) {
                SheetGrid grid = new SheetGrid(sheet[0]);
                parse(in, new SheetHandler(grid, strings, styles));
                sheets.add(grid);
            }
        }
        if (sheets.isEmpty()) {
            throw new IOException("no worksheet in the package");
        }
        return sheets;
    }

    /** The sheet names alone, from the workbook part: enough to tell what kind of workbook this is. */
    static List<String> sheetNames(ZipParts parts) throws IOException, SAXException {
        return sheetList(parts.open(Relationships.workbook(parts))).stream().map(s -> s[0]).toList();
    }

    /** The sheets in workbook order: name and relationship id. */
    private static List<String[]> sheetList(InputStream workbook) throws IOException, SAXException {
        if (workbook == null) {
            throw new IOException("the package has no workbook part");
        }
        List<String[]> sheets = new ArrayList<>();
        try (workbook) {
            XmlScanner.parse(workbook, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if (localName.equals("sheet")) {
                        String id = null;
                        for (int i = 0; i < atts.getLength(); i++) {
                            if (atts.getLocalName(i).equals("id")) {
                                id = atts.getValue(i);
                            }
                        }
                        sheets.add(new String[] {atts.getValue("name"), id});
                    }
                }
            });
        }
        return sheets;
    }

    private static void parse(InputStream in, SheetHandler handler) throws IOException, SAXException {
        try {
            XmlScanner.parse(in, handler);
        } catch (TooManyRows stop) {
            // The rows read so far are kept; a form never reaches this far.
        }
    }

    private static final class TooManyRows extends SAXException {
    }

    private final class SheetHandler extends DefaultHandler {
        private final SheetGrid grid;
        private final List<String> strings;
        private final NumberFormats styles;
        private final StringBuilder chars = new StringBuilder();
        private boolean collecting;
        private String ref;
        private String type;
        private String style;
        private String value;
        private boolean formula;
        private final StringBuilder inline = new StringBuilder();
        private int rows;
        private int rowNumber = -1;
        private int nextCol;

        SheetHandler(SheetGrid grid, List<String> strings, NumberFormats styles) {
            this.grid = grid;
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            switch (localName) {
                case "row" -> {
                    if (++rows > MAX_ROWS) {
                        throw new TooManyRows();
                    }
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r) - 1;
                    nextCol = 0;
                }
                case "c" -> {
                    ref = atts.getValue("r");
                    type = atts.getValue("t");
                    style = atts.getValue("s");
                    value = null;
                    formula = false;
                    inline.setLength(0);
                }
                case "v", "t" -> {
                    collecting = true;
                    chars.setLength(0);
                }
                case "f" -> formula = true;
                case "mergeCell" -> {
                    String range = atts.getValue("ref");
                    if (range != null) {
                        grid.merge(range(range));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    value = chars.toString();
                    collecting = false;
                }
                case "t" -> {
                    inline.append(chars);
                    collecting = false;
                }
                case "c" -> endCell();
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                chars.append(ch, start, length);
            }
        }

        /** A merged range, A1:C2 (or one cell, A1): parsed here, with POI's parser for anything else. */
        private static CellRangeAddress range(String ref) {
            int colon = ref.indexOf(':');
            long first = colon < 0 ? cellRef(ref, 0, ref.length()) : cellRef(ref, 0, colon);
            long last = colon < 0 ? first : cellRef(ref, colon + 1, ref.length());
            if (first < 0 || last < 0) {
                return colon < 0 ? CellRangeAddress.valueOf(ref + ":" + ref) : CellRangeAddress.valueOf(ref);
            }
            return new CellRangeAddress((int) (first >> 32), (int) (last >> 32), (int) first, (int) last);
        }

        /** Row (high half) and column (low half) of a plain reference like AB12, zero-based; -1 when not plain. */
        private static long cellRef(String s, int from, int to) {
            int i = from;
            int col = 0;
            while (i < to && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z' && i - from < 3) {
                col = col * 26 + (s.charAt(i++) - 'A' + 1);
            }
            int digits = i;
            int row = 0;
            while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - digits < 7) {
                row = row * 10 + (s.charAt(i++) - '0');
            }
            if (i != to || digits == from || i == digits || row == 0) {
                return -1;
            }
            return ((long) (row - 1) << 32) | (col - 1);
        }

        private void endCell() {
            // "r" is optional in the file format; without it a cell follows the one before it.
            int row = Math.max(rowNumber, 0);
            int col = nextCol;
            if (ref != null) {
                int i = 0;
                col = 0;
                while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
                    col = col * 26 + (Character.toUpperCase(ref.charAt(i++)) - 'A' + 1);
                }
                col--;
                row = Integer.parseInt(ref, i, ref.length(), 10) - 1;
            }
            nextCol = col + 1;
            GridCell cell = toCell();
            if (cell != null && row >= 0 && col >= 0) {
                grid.put(row, col, cell);
            }
        }

        private GridCell toCell() {
            String t = type == null ? "n" : type;
            if (t.equals("inlineStr")) {
                return new GridCell(inline.toString(), false, formula, true, null);
            }
            if (value == null) {
                return formula ? new GridCell("", false, true, false, null) : null;
            }
            return switch (t) {
                case "s" -> new GridCell(sharedString(value), false, formula, true, null);
                case "str", "e" -> new GridCell(value, false, formula, true, null);
                case "b" -> new GridCell(value.equals("1") ? "TRUE" : "FALSE", false, formula, true, null);
                case "d" -> new GridCell(value, false, formula, true, null);
                default -> number(value);
            };
        }

        private String sharedString(String index) {
            int i = Integer.parseInt(index.trim());
            return i >= 0 && i < strings.size() ? strings.get(i) : "";
        }

        private GridCell number(String raw) {
            double d;
            try {
                d = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return new GridCell(raw, false, formula, true, null);
            }
            NumberFormats.Format f = styles.of(style == null ? 0 : Integer.parseInt(style));
            short index = f.index();
            String format = f.code();
            LocalDate date = f.date() && DateUtil.isValidExcelDate(d)
                    ? DateUtil.getLocalDateTime(d).toLocalDate() : null;
            return new GridCell(formatter.formatRawCellContents(d, index, format), true, formula, true, date);
        }
    }
}
