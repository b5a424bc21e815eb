package cn.jixiao.read;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads every sheet of an .xlsx into {@link SheetGrid}s by streaming the sheet XML, without
 * building POI's object model: a returned form is read in a fraction of the time and memory that
 * opening it as an XSSFWorkbook takes. The XML reader is POI's hardened one (no external
 * entities); the zip is opened through POI, which guards against zip bombs.
 */
final class XlsxGridLoader {

    /** More rows than any form has; a sheet beyond this is not a form and is not read to the end. */
    static final int MAX_ROWS = 20_000;

    private final DataFormatter formatter = new DataFormatter();

    List<SheetGrid> load(OPCPackage pkg) throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        NumberFormats styles = numberFormats(reader);
        List<SheetGrid> sheets = new ArrayList<>();
        XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                SheetGrid grid = new SheetGrid(it.getSheetName());
                parse(in, new SheetHandler(grid, strings, styles));
                sheets.add(grid);
            }
        }
        return sheets;
    }

    private static NumberFormats numberFormats(XSSFReader reader) throws IOException, SAXException {
        try (InputStream in = reader.getStylesData()) {
            return NumberFormats.parse(in);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IllegalArgumentException noStyles) {
            return NumberFormats.none(); // a workbook without a style part: every number is General
        }
    }

    private static void parse(InputStream in, SheetHandler handler) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (TooManyRows stop) {
            // The rows read so far are kept; a form never reaches this far.
        }
    }

    private static final class TooManyRows extends SAXException {
    }

    private final class SheetHandler extends DefaultHandler {
        private final SheetGrid grid;
        private final ReadOnlySharedStringsTable strings;
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

        SheetHandler(SheetGrid grid, ReadOnlySharedStringsTable strings, NumberFormats styles) {
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
                        grid.merge(range.contains(":") ? CellRangeAddress.valueOf(range)
                                : CellRangeAddress.valueOf(range + ":" + range));
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

        private void endCell() {
            // "r" is optional in the file format; without it a cell follows the one before it.
            CellReference at = ref == null ? new CellReference(Math.max(rowNumber, 0), nextCol) : new CellReference(ref);
            nextCol = at.getCol() + 1;
            GridCell cell = toCell();
            if (cell != null) {
                grid.put(at.getRow(), at.getCol(), cell);
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
                case "s" -> new GridCell(strings.getItemAt(Integer.parseInt(value.trim())).getString(),
                        false, formula, true, null);
                case "str", "e" -> new GridCell(value, false, formula, true, null);
                case "b" -> new GridCell(value.equals("1") ? "TRUE" : "FALSE", false, formula, true, null);
                case "d" -> new GridCell(value, false, formula, true, null);
                default -> number(value);
            };
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
            LocalDate date = DateUtil.isADateFormat(index, format) && DateUtil.isValidExcelDate(d)
                    ? DateUtil.getLocalDateTime(d).toLocalDate() : null;
            return new GridCell(formatter.formatRawCellContents(d, index, format), true, formula, true, date);
        }
    }
}
