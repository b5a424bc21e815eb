package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The splice copied as bytes writes the same document as the splice read and written as XML,
 * element for element, attribute for attribute, text for text (prefixes, escapes and comments
 * aside), and leaves out and names the same parts; what it does not expect it leaves to the XML
 * splice.
 */
class RawSheetSpliceTest {

    private static final String MAIN = SourceBook.MAIN;
    private static final String ROOT = "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + SourceBook.RELATIONSHIPS
            + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" mc:Ignorable=\"x14ac\">";

    @TempDir
    Path dir;

    @Test
    void everySheetOfFilledPacksIsCopiedAsBytesAndReadsAsTheXmlSplice() throws Exception {
        List<Path> books = ReadBack.fill(TestData.registry("wujing-2022-ziping.yaml"), dir.resolve("packs"));
        books = new ArrayList<>(books);
        books.addAll(ReadBack.fill(TestData.registry("wujing-2026-mubiao.yaml"), dir.resolve("packs2")));
        int compared = 0;
        for (Path book : books) {
            for (String sheet : sheets(book)) {
                compareBothWays(book, sheet, true);
                compared++;
            }
        }
        assertTrue(compared >= 10, "sheets compared: " + compared);
    }

    @Test
    void aLibreOfficeResaveIsCopiedAsBytesAndReadsAsTheXmlSplice() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(cn.jixiao.support.LibreOffice.installed(), "LibreOffice not installed");
        List<Path> books = ReadBack.fill(TestData.registry("wujing-2026-mubiao.yaml"), dir.resolve("packs"));
        Path resaved = dir.resolve("resaved");
        cn.jixiao.support.LibreOffice.convert(books.subList(0, 1), "xlsx", resaved);
        Path book = ReadBack.files(resaved).get(0);
        int compared = 0;
        for (String sheet : sheets(book)) {
            compareBothWays(book, sheet, true);
            compared++;
        }
        assertTrue(compared > 0);
    }

    @Test
    void whatASheetPointsAtElsewhereIsLeftOutAndNamedAsTheXmlSpliceDoes() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<!-- made by hand -->" + ROOT
                + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:D4\"/>"
                + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><selection activeCell=\"B2\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\" x14ac:dyDescent=\"0.25\"/>"
                + "<cols><col min=\"1\" max=\"2\" width=\"12.5\" style=\"2\" customWidth=\"1\"/></cols>"
                + "<sheetData>\n  <row r=\"1\" s=\"1\" customFormat=\"1\" x14ac:dyDescent=\"0.25\">"
                + "<c r=\"A1\" t=\"s\" s=\"1\"><v>0</v></c><c r='B1' s='2' t='s'><v> 1 </v></c>"
                + "<c r=\"C1\" s=\"3\"><v>12.5</v></c><c r=\"D1\" t=\"s\"><f>\"x&gt;y\"</f><v>2</v></c></row>\n"
                + "<!-- a comment in the data --><?pi data?>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"/><c r=\"B2\" t=\"s\"><v/></c><c r=\"C2\" t=\"s\"><v>99</v></c>"
                + "<c r=\"D2\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\"> 甲 &amp; 乙 </t></is></c></row>"
                + "<row r=\"3\" ht=\"20\" customHeight=\"1\"><c r=\"A3\" s=\"9999\"><v>1</v></c>"
                + "<c r=\"B3\" s=\"x\"><v>2</v></c><c r=\"C3\" t=\"str\" title=\"a > b\"><f>A1&amp;B1</f><v>x</v></c></row>"
                + "</sheetData>"
                + "<sheetProtection sheet=\"1\" objects=\"1\"/>"
                + "<mergeCells count=\"1\"><mergeCell ref=\"A4:D4\"/></mergeCells>"
                + "<conditionalFormatting sqref=\"C1\"><cfRule type=\"cellIs\" dxfId=\"0\" priority=\"1\" operator=\"greaterThan\">"
                + "<formula>10</formula></cfRule></conditionalFormatting>"
                + "<hyperlinks><hyperlink ref=\"A1\" r:id=\"rId9\"/><hyperlink ref=\"B1\" location=\"'表'!A1\" display=\"去\"/>"
                + "<hyperlink ref=\"C1\" r:id=\"rId8\"></hyperlink></hyperlinks>"
                + "<printOptions horizontalCentered=\"1\"/>"
                + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"portrait\" r:id=\"rId1\"/>"
                + "<headerFooter><oddHeader>&amp;C第 &amp;P 页</oddHeader></headerFooter>"
                + "<drawing r:id=\"rId2\"/><legacyDrawing r:id=\"rId3\"/><tableParts count=\"1\"><tablePart r:id=\"rId4\"/></tableParts>"
                + "<mc:AlternateContent><mc:Choice Requires=\"x14\"><controls><control shapeId=\"1\" r:id=\"rId5\"/></controls>"
                + "</mc:Choice></mc:AlternateContent>"
                + "<extLst><ext uri=\"{78C0D931-6437-407d-A8EE-F0AAD7539E65}\"><x14:conditionalFormattings "
                + "xmlns:x14=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/main\"/></ext></extLst>"
                + "</worksheet>";
        Path book = book(xml);
        Set<String> dropped = compareBothWays(book, "表", true);
        assertEquals(Set.of(SheetSplicer.PICTURES, SheetSplicer.OBJECTS, SheetSplicer.TABLES, SheetSplicer.EXTENSIONS,
                SheetSplicer.LINKS), dropped);
    }

    @Test
    void aSheetOfAnotherMakeIsLeftToTheXmlSplice() throws Exception {
        String body = "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\" s=\"1\"><v>0</v></c></row></sheetData>";
        List<String> others = List.of(
                // the spreadsheet namespace under a prefix
                "<x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"s\" s=\"1\"><x:v>0</x:v>"
                        + "</x:c></x:row></x:sheetData></x:worksheet>",
                // CDATA
                ROOT + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t><![CDATA[a<b]]></t></is></c></row></sheetData>"
                        + "</worksheet>",
                // a namespace declared below the root
                ROOT + "<sheetData><row r=\"1\" xmlns:q=\"urn:q\" q:x=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>"
                        + "</worksheet>",
                // a reference where a style number is read
                ROOT + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\" s=\"&#49;\"><v>0</v></c></row></sheetData></worksheet>",
                // another encoding declared
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + ROOT + body + "</worksheet>");
        for (String xml : others) {
            Path book = book(xml);
            compareBothWays(book, "表", false);
        }
    }

    @Test
    void aMalformedPartIsNotCopied() {
        RawSheetSplice.Source none = new RawSheetSplice.Source() {
            @Override
            public int xf(int index) {
                return 0;
            }

            @Override
            public int dxf(int index) {
                return 0;
            }

            @Override
            public byte[] string(int index) {
                return null;
            }

            @Override
            public boolean comments() {
                return false;
            }
        };
        for (String xml : List.of(ROOT + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></rox></sheetData></worksheet>",
                ROOT + "<sheetData><row r=\"1\">", ROOT + "<sheetData><row r=\"1\" s=\"1></row></sheetData></worksheet>",
                ROOT + "<hyperlinks><hyperlink ref=\"A1\" location=\"x\"/></hyperlink></worksheet>")) {
            assertThrows(RawSheetSplice.Unfit.class,
                    () -> RawSheetSplice.splice(xml.getBytes(StandardCharsets.UTF_8), none, new TreeSet<>()), xml);
        }
    }

    @Test
    void whatTheSpliceDoesNotChangeIsCopiedAsItIsSpacedAndQuoted() throws Exception {
        RawSheetSplice.Source plusTen = new RawSheetSplice.Source() {
            @Override
            public int xf(int index) {
                return index + 10;
            }

            @Override
            public int dxf(int index) {
                return index + 20;
            }

            @Override
            public byte[] string(int index) {
                return ("<t>s" + index + "</t>").getBytes(StandardCharsets.UTF_8);
            }

            @Override
            public boolean comments() {
                return false;
            }
        };
        String head = "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + SourceBook.RELATIONSHIPS + "\">";
        String in = head + "<sheetViews><sheetView tabSelected=\"1\"  workbookViewId='0'/>"
                + "<sheetView workbookViewId=\"1\"\n  tabSelected=\"true\" zoomScale=\"90\" /></sheetViews>"
                + "<sheetData><row r=\"1\"  s = '2' customFormat=\"1\">"
                + "<c r=\"A1\"\ts=\"3\" t='s' ><v> 4 </v></c><c t=\"n\" s=\"0\" r=\"B1\"><v>5</v></c></row></sheetData>"
                + "<pageSetup paperSize=\"9\" r:id=\"rId1\" orientation=\"landscape\"/></worksheet>";
        RawSheetSplice.Buffer b = RawSheetSplice.splice(in.getBytes(StandardCharsets.UTF_8), plusTen, new TreeSet<>());
        String out = new String(b.bytes(), 0, b.length(), StandardCharsets.UTF_8);
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + head
                + "<sheetViews><sheetView  workbookViewId='0'/>"
                + "<sheetView workbookViewId=\"1\" zoomScale=\"90\" /></sheetViews>"
                + "<sheetData><row r=\"1\"  s = '12' customFormat=\"1\">"
                + "<c r=\"A1\"\ts=\"13\" t='inlineStr' ><is><t>s4</t></is></c><c t=\"n\" s=\"10\" r=\"B1\"><v>5</v></c></row>"
                + "</sheetData><pageSetup paperSize=\"9\" orientation=\"landscape\"/></worksheet>", out);
    }

    /**
     * Splices the sheet both ways into books of their own and compares them; raw says whether the
     * copy as bytes takes it (else it must give up, and the splice falls back on XML). Returns what
     * was left out.
     */
    private static Set<String> compareBothWays(Path file, String sheet, boolean raw) throws Exception {
        try (SourceBook src = new SourceBook(file); XSSFWorkbook target = new XSSFWorkbook()) {
            StyleMap map = new StyleMap(target.getStylesSource());
            SheetSplicer splicer = new SheetSplicer(map);
            SourceBook.SheetPart part = src.sheet(sheet);
            byte[] bytes;
            try (InputStream in = src.open(part.part())) {
                bytes = in.readAllBytes();
            }
            StringWriter xml = new StringWriter();
            Set<String> byXml = splicer.spliceAsXml(src, part, xml);
            byte[] expected = xml.toString().getBytes(StandardCharsets.UTF_8);
            Set<String> copied = new TreeSet<>();
            RawSheetSplice.Source source = SheetSplicer.rawSource(src, src.styles(map), new SheetSplicer.Comments(src, part));
            if (raw) {
                RawSheetSplice.Buffer b = RawSheetSplice.splice(bytes, source, copied);
                assertSameDocument(expected, java.util.Arrays.copyOf(b.bytes(), b.length()), sheet);
                assertEquals(byXml, copied, sheet);
            } else {
                assertThrows(RawSheetSplice.Unfit.class, () -> RawSheetSplice.splice(bytes, source, new TreeSet<>()));
            }
            // And the splice itself, whichever way it takes.
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Set<String> spliced = splicer.splice(src, part, out);
            assertSameDocument(expected, out.toByteArray(), sheet);
            assertEquals(byXml, spliced, sheet);
            return spliced;
        }
    }

    private static List<String> sheets(Path book) throws Exception {
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
        }
        return names;
    }

    /** A workbook with shared strings, cell styles and a conditional look, its one sheet "表" replaced by xml. */
    private Path book(String xml) throws Exception {
        Path made = dir.resolve("made.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("表");
            s.createRow(0).createCell(0).setCellValue("甲 & <乙>");
            s.getRow(0).createCell(1).setCellValue(" 丙 ");
            s.getRow(0).createCell(2).setCellValue("丁");
            for (int i = 0; i < 3; i++) {
                XSSFCellStyle st = wb.createCellStyle();
                XSSFFont f = wb.createFont();
                f.setBold(i == 1);
                f.setFontHeightInPoints((short) (10 + i));
                st.setFont(f);
                st.setFillForegroundColor(IndexedColors.values()[10 + i].getIndex());
                st.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                st.setDataFormat(wb.createDataFormat().getFormat("0.00" + "0".repeat(i)));
            }
            s.getSheetConditionalFormatting().addConditionalFormatting(
                    new org.apache.poi.ss.util.CellRangeAddress[] {org.apache.poi.ss.util.CellRangeAddress.valueOf("C1")},
                    s.getSheetConditionalFormatting().createConditionalFormattingRule(
                            org.apache.poi.ss.usermodel.ComparisonOperator.GT, "10"));
            s.getSheetConditionalFormatting().getConditionalFormattingAt(0).getRule(0).createFontFormatting()
                    .setFontColorIndex(IndexedColors.RED.getIndex());
            try (OutputStream out = Files.newOutputStream(made)) {
                wb.write(out);
            }
        }
        Path book = dir.resolve("book-" + Math.abs(xml.hashCode()) + ".xlsx");
        byte[] sheetBytes = xml.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"")
                ? xml.getBytes(StandardCharsets.ISO_8859_1) : xml.getBytes(StandardCharsets.UTF_8);
        try (ZipFile zip = new ZipFile(made.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(book))) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    out.write(sheetBytes);
                } else {
                    try (InputStream in = zip.getInputStream(e)) {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return book;
    }

    /** The same elements (namespace and local name), attributes (namespace declarations aside) and text, in order. */
    static void assertSameDocument(byte[] expected, byte[] actual, String where) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setCoalescing(true);
        Element a = f.newDocumentBuilder().parse(new ByteArrayInputStream(expected)).getDocumentElement();
        Element b = f.newDocumentBuilder().parse(new ByteArrayInputStream(actual)).getDocumentElement();
        assertEquals(describe(a), describe(b), where);
    }

    private static String describe(Element e) {
        StringBuilder s = new StringBuilder();
        describe(e, s, 0);
        return s.toString();
    }

    private static void describe(Element e, StringBuilder s, int depth) {
        s.append("  ".repeat(depth)).append('{').append(e.getNamespaceURI()).append('}').append(e.getLocalName());
        Map<String, String> attrs = new TreeMap<>();
        NamedNodeMap m = e.getAttributes();
        for (int i = 0; i < m.getLength(); i++) {
            Attr at = (Attr) m.item(i);
            if (!"http://www.w3.org/2000/xmlns/".equals(at.getNamespaceURI())) {
                attrs.put("{" + at.getNamespaceURI() + "}" + at.getLocalName(), at.getValue());
            }
        }
        s.append(' ').append(attrs).append('\n');
        StringBuilder text = new StringBuilder();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(c.getNodeValue());
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                if (!text.isEmpty()) {
                    s.append("  ".repeat(depth + 1)).append('"').append(text).append("\"\n");
                    text.setLength(0);
                }
                describe((Element) c, s, depth + 1);
            }
        }
        if (!text.isEmpty()) {
            s.append("  ".repeat(depth + 1)).append('"').append(text).append("\"\n");
        }
    }
}
