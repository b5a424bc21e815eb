package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The summary book's own row writer writes the sheets POI's SheetDataWriter writes, byte for byte:
 * text that needs escaping, control characters, characters outside the BMP, spaces to preserve,
 * numbers, formulas with and without a value, blank cells and gaps, heights, and rows of kinds it
 * hands to POI (hidden, with a boolean), across more rows than the window keeps.
 */
class StreamedBookTest {

    private static final String[] TEXTS = {"", "plain", "汇总 合计（3 个项目）", "<a & b> \"q\" 'x'", "line\nbreak\r\ttab",
        "no\u00A0break", "ctl\u0001\u001f end", "nonchar\uFFFE\uFFFF", "emoji \uD83D\uDE00 𠀀", "lone \uD800 high",
        "lone \uDC00 low", " leading", "trailing ", "\ttabbed", "全角　空格　", "≥95%", "x".repeat(3000) + "甲".repeat(2000)};

    @Test
    void writesTheSheetsPoiWrites() throws IOException {
        Map<String, byte[]> poi = sheets(t -> new SXSSFWorkbook(t, 5));
        Map<String, byte[]> ours = sheets(t -> new StreamedBook(t, 5));
        assertEquals(poi.keySet(), ours.keySet());
        for (String name : poi.keySet()) {
            assertArrayEquals(poi.get(name), ours.get(name), name);
        }
    }

    private static Map<String, byte[]> sheets(Function<XSSFWorkbook, SXSSFWorkbook> make) throws IOException {
        try (XSSFWorkbook template = new XSSFWorkbook()) {
            SXSSFWorkbook wb = make.apply(template);
            try {
                CellStyle style = wb.createCellStyle();
                style.setWrapText(true);
                for (int s = 0; s < 2; s++) {
                    fill(wb.createSheet("s" + s), style, s);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                return worksheets(out.toByteArray());
            } finally {
                wb.dispose();
            }
        }
    }

    /**
     * Links to sheets of the book, kept compactly and written into the sheet's part, are the links
     * POI writes, byte for byte: names to quote and escape, more links than are written at a time,
     * in a sheet with merges, a filter and page setup, beside a sheet without links.
     */
    @Test
    void writesTheLinksPoiWrites() throws IOException {
        Map<String, byte[]> poi = linked(t -> new SXSSFWorkbook(t, 5), (wb, cell, target) -> {
            Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress("'" + target.replace("'", "''") + "'!A1");
            cell.setHyperlink(h);
        });
        Map<String, byte[]> ours = linked(t -> new StreamedBook(t, 5), (wb, cell, target) -> ((StreamedBook) wb).link(cell, target));
        assertEquals(poi.keySet(), ours.keySet());
        for (String name : poi.keySet()) {
            assertEquals(new String(poi.get(name), java.nio.charset.StandardCharsets.UTF_8),
                    new String(ours.get(name), java.nio.charset.StandardCharsets.UTF_8), name);
        }
    }

    /** Where links go in a part: the schema's place, the part's prefix, into a list it has; quoted '>' and nesting skipped. */
    @Test
    void findsTheLinksPlaceInASheetsPart() {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        String x = head + "<x:worksheet xmlns:x=\"m\"><x:sheetData/><x:autoFilter ref=\"A1:B2\"><x:filterColumn colId=\"0\">"
                + "<x:filters><x:filter val=\"a>b\"/></x:filters></x:filterColumn></x:autoFilter><x:printOptions/>"
                + "<x:pageMargins left=\"1\"/></x:worksheet>";
        assertEquals(new StreamedBook.Place(x.indexOf("<x:printOptions"), "x:", false), StreamedBook.place(x));
        String listed = head + "<worksheet><sheetData><row r=\"1\"/></sheetData><hyperlinks><hyperlink ref=\"A1\" location=\"a\"/>"
                + "</hyperlinks><pageMargins/></worksheet>";
        assertEquals(new StreamedBook.Place(listed.indexOf("</hyperlinks>"), "", true), StreamedBook.place(listed));
        String bare = head + "<worksheet><sheetData/><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>";
        assertEquals(new StreamedBook.Place(bare.indexOf("</worksheet>"), "", false), StreamedBook.place(bare));
    }

    private interface Linker {
        void link(SXSSFWorkbook wb, Cell cell, String target);
    }

    private static Map<String, byte[]> linked(Function<XSSFWorkbook, SXSSFWorkbook> make, Linker linker) throws IOException {
        String[] targets = {"甲", "甲's & <乙> \"丙\"", "''", "项目 名称", "a&b"};
        try (XSSFWorkbook template = new XSSFWorkbook()) {
            SXSSFWorkbook wb = make.apply(template);
            try {
                CellStyle style = wb.createCellStyle();
                Sheet linked = wb.createSheet("汇总");
                for (int r = 0; r < 1200; r++) {
                    Row row = linked.createRow(r);
                    row.createCell(0).setCellValue(r);
                    Cell name = row.createCell(2);
                    name.setCellValue("项目" + r);
                    name.setCellStyle(style);
                    if (r % 7 != 3) {
                        linker.link(wb, name, targets[r % targets.length] + r);
                    }
                    if (r % 50 == 49) {
                        linked.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
                    }
                }
                linked.setAutoFilter(new CellRangeAddress(0, 1199, 0, 2));
                linked.getPrintSetup().setLandscape(true);
                linked.setHorizontallyCenter(true);
                fill(wb.createSheet("plain"), style, 0);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                return worksheets(out.toByteArray());
            } finally {
                wb.dispose();
            }
        }
    }

    private static void fill(Sheet sheet, CellStyle style, int seed) {
        int r = 0;
        for (int i = 0; i < 40; i++) {
            Row row = sheet.createRow(r);
            r += i % 7 == 3 ? 2 : 1; // a gap now and then
            if (i % 3 == 0) {
                row.setHeightInPoints(14.5f * (1 + i % 4));
            }
            if (i == 11) {
                row.setZeroHeight(true); // a kind of row POI's writer writes
            }
            String text = TEXTS[(i + seed) % TEXTS.length];
            Cell a = row.createCell(0);
            a.setCellValue(text);
            if (i % 2 == 0) {
                a.setCellStyle(style);
            }
            row.createCell(1).setCellStyle(style); // blank
            row.createCell(2).setCellValue(new double[] {0, 1, -0.0, 0.1, 1e20, 123456789.125, -3.5e-7}[i % 7]);
            Cell f = row.createCell(4); // column 3 left out
            f.setCellFormula("SUBTOTAL(9,C1:C" + (i + 1) + ")");
            if (i % 5 != 0) {
                f.setCellValue(i * 1.5);
            }
            if (i == 17) {
                row.createCell(5).setCellValue(true);
            }
            if (i % 4 == 1) {
                row.createCell(9).setCellValue(text + "&" + i);
            }
        }
    }

    private static Map<String, byte[]> worksheets(byte[] book) throws IOException {
        return parts(book, name -> name.startsWith("xl/worksheets/"));
    }

    /** The parts of a book (an .xlsx's bytes) whose names pass, by name. */
    static Map<String, byte[]> parts(byte[] book, java.util.function.Predicate<String> which) throws IOException {
        Map<String, byte[]> sheets = new TreeMap<>();
        Path file = Files.createTempFile("jixiao-test", ".xlsx");
        try {
            Files.write(file, book);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (which.test(e.getName())) {
                        try (InputStream in = zip.getInputStream(e)) {
                            sheets.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return sheets;
    }
}
