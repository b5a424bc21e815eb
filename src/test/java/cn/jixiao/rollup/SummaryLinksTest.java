package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.LibreOffice;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import cn.jixiao.template.RollupTemplate;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The links on 汇总 and 自评汇总 from each project's name to its form's sheet: one per project row,
 * in the name's cell, to cell A1 of the project's sheet, with no text or tip of their own, written
 * where the schema puts them; the book is cell for cell the one rolled up without forms (same
 * values, same styles), and the links survive a LibreOffice re-save. Forms both spliced (returned
 * workbooks) and filled (a registry), names with quotes and markup.
 */
class SummaryLinksTest {

    private static final String[] LINKED = {RollupTemplate.SUMMARY, RollupTemplate.SELF_EVALUATION};
    private static final List<String> TABLES = List.of(RollupTemplate.SUMMARY, RollupTemplate.SELF_EVALUATION,
            RollupTemplate.INDICATORS, RollupTemplate.RETURNS, RollupTemplate.FINDINGS, RollupTemplate.CHANGES,
            RollupTemplate.RESULTS);

    @TempDir
    Path dir;
    private Path book;
    private Path plain;

    @BeforeEach
    void rollUp() throws Exception {
        Path packs = dir.resolve("packs");
        ReadBack.fill(TestData.registry("pujiang-2024-mubiao.yaml"), packs);
        // Self-evaluations from a registry, one named with a quote, an ampersand and markup.
        Path ziping = dir.resolve("ziping.yaml");
        String text = Files.readString(TestData.registry("wujing-2022-ziping.yaml"));
        assertTrue(text.contains("name: \"区域人才服务经费\""));
        Files.writeString(ziping, text.replace("name: \"区域人才服务经费\"", "name: \"区域's 人才 & <服务> \\\"经费\\\"\""));
        book = dir.resolve("汇总表.xlsx");
        plain = dir.resolve("无表单.xlsx");
        CliRun run = CliRun.of("rollup", packs.toString(), ziping.toString(), "-o", book.toString());
        assertTrue(run.exitCode() <= 1, run.err());
        CliRun without = CliRun.of("rollup", packs.toString(), ziping.toString(), "--no-forms", "-o", plain.toString());
        assertEquals(run.exitCode(), without.exitCode(), without.err());
    }

    @Test
    void eachProjectsNameLinksToItsSheetAndTheBookIsTheOneWithoutForms() throws Exception {
        try (XSSFWorkbook wb = open(book); XSSFWorkbook no = open(plain)) {
            int firstForm = wb.getNumberOfSheets() - formCount(wb);
            List<String> forms = new ArrayList<>();
            for (int s = firstForm; s < wb.getNumberOfSheets(); s++) {
                forms.add(wb.getSheetName(s));
            }
            assertTrue(forms.size() > 20, "forms: " + forms);
            assertTrue(forms.stream().anyMatch(f -> f.contains("'") && f.contains("&") && f.contains("<")), "" + forms);
            List<String> linked = new ArrayList<>();
            for (String name : LINKED) {
                XSSFSheet sheet = wb.getSheet(name);
                XSSFSheet without = no.getSheet(name);
                assertNotNull(sheet, name);
                assertSameCells(without, sheet);
                List<XSSFHyperlink> links = sheet.getHyperlinkList();
                List<String> targets = new ArrayList<>();
                int column = -1;
                int lastRow = -1;
                for (XSSFHyperlink l : links) {
                    String at = name + "!" + l.getCellRef();
                    CellReference ref = new CellReference(l.getCellRef());
                    assertEquals(l.getFirstRow(), l.getLastRow(), at);
                    assertTrue(ref.getRow() > lastRow, "in row order: " + at);
                    lastRow = ref.getRow();
                    column = column < 0 ? ref.getCol() : column;
                    assertEquals(column, ref.getCol(), "all in the name's column: " + at);
                    assertEquals(HyperlinkType.DOCUMENT, l.getType(), at);
                    assertNull(l.getLabel(), at);
                    assertNull(l.getTooltip(), at);
                    String target = sheetOf(l.getAddress());
                    assertEquals("'" + target.replace("'", "''") + "'!A1", l.getAddress(), at);
                    assertNotNull(wb.getSheet(target), at);
                    Cell cell = sheet.getRow(ref.getRow()).getCell(ref.getCol());
                    assertEquals(l.getAddress(), cell.getHyperlink().getAddress(), at);
                    assertNull(without.getRow(ref.getRow()).getCell(ref.getCol()).getHyperlink(), at);
                    String text = cell.getStringCellValue();
                    assertTrue(text.length() > 31 || text.equals(target), "the project's own sheet: " + at);
                    targets.add(target);
                }
                // The sheets are in the order of the projects, each table's in its own order.
                List<String> inBookOrder = new ArrayList<>(forms);
                inBookOrder.retainAll(targets);
                assertEquals(inBookOrder, targets, name);
                assertEquals(name.equals(RollupTemplate.SUMMARY) ? forms.size() - 9 : 9, targets.size(), name);
                linked.addAll(targets);
                String xml = part(sheet);
                assertEquals(expectedXml(links), between(xml, "<hyperlinks>", "</hyperlinks>"), name);
                int at = xml.indexOf("<hyperlinks>");
                for (String before : List.of("</sheetData>", "</mergeCells>", "<autoFilter")) {
                    assertTrue(xml.indexOf(before) < at, name + ": " + before + " before the links");
                }
                for (String after : List.of("<printOptions", "<pageMargins", "<pageSetup", "<headerFooter")) {
                    assertTrue(xml.indexOf(after) < 0 || xml.indexOf(after) > at, name + ": " + after + " after the links");
                }
            }
            assertEquals(new HashSet<>(forms), new HashSet<>(linked), "every form linked");
            assertEquals(forms.size(), linked.size(), "every form linked once");
        }
    }

    @Test
    void theLinksSurviveALibreOfficeResave() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(LibreOffice.installed(), "LibreOffice not installed");
        Path resaved = dir.resolve("resaved");
        LibreOffice.convert(List.of(book), "xlsx", resaved);
        try (XSSFWorkbook wb = open(book); XSSFWorkbook lo = open(resaved.resolve(book.getFileName()))) {
            for (String name : LINKED) {
                List<String> ours = targets(wb.getSheet(name));
                List<String> theirs = targets(lo.getSheet(name));
                assertTrue(ours.size() >= 9, name + ": " + ours);
                assertEquals(ours, theirs, name);
                for (String t : theirs) {
                    String sheet = t.substring(t.indexOf('→') + 1);
                    assertNotNull(lo.getSheet(sheet), sheet);
                }
            }
        }
    }

    /** Each link as its cell and the sheet it goes to. */
    private static List<String> targets(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (XSSFHyperlink l : sheet.getHyperlinkList()) {
            out.add(l.getCellRef() + "→" + sheetOf(l.getAddress()));
        }
        return out;
    }

    /** 'name'!A1 (or name!A1) → name. */
    private static String sheetOf(String location) {
        String s = location.substring(0, location.lastIndexOf('!'));
        return s.startsWith("'") ? s.substring(1, s.length() - 1).replace("''", "'") : s;
    }

    /** The sheets after the tables: the book's sheets whose names are no table's. */
    private static int formCount(XSSFWorkbook wb) {
        int n = 0;
        for (int s = wb.getNumberOfSheets() - 1; s >= 0 && !TABLES.contains(wb.getSheetName(s)); s--) {
            n++;
        }
        return n;
    }

    /** The links as POI wrote them: a place in the book and a cell, nothing else (XMLBeans escapes & < " only). */
    private static String expectedXml(List<XSSFHyperlink> links) {
        StringBuilder b = new StringBuilder();
        for (XSSFHyperlink l : links) {
            b.append("<hyperlink location=\"")
                    .append(l.getAddress().replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"))
                    .append("\" ref=\"").append(l.getCellRef()).append("\"/>");
        }
        return b.toString();
    }

    private static String between(String s, String open, String close) {
        int from = s.indexOf(open);
        assertTrue(from >= 0 && s.indexOf(open, from + 1) < 0, "one " + open);
        return s.substring(from + open.length(), s.indexOf(close, from));
    }

    private String part(XSSFSheet sheet) throws Exception {
        try (ZipFile zip = new ZipFile(book.toFile())) {
            String name = sheet.getPackagePart().getPartName().getName().substring(1);
            try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** Row heights, and each cell's type, value as shown, formula and style. */
    private static void assertSameCells(XSSFSheet expected, XSSFSheet actual) {
        DataFormatter f = new DataFormatter();
        String where = actual.getSheetName();
        assertEquals(expected.getLastRowNum(), actual.getLastRowNum(), where);
        for (Row r : expected) {
            Row d = actual.getRow(r.getRowNum());
            assertNotNull(d, where + " row " + r.getRowNum());
            assertEquals(r.getHeight(), d.getHeight(), where + " height of row " + r.getRowNum());
            assertEquals(r.getLastCellNum(), d.getLastCellNum(), where + " row " + r.getRowNum());
            for (Cell c : r) {
                Cell e = d.getCell(c.getColumnIndex());
                String at = where + "!" + c.getAddress();
                assertNotNull(e, at);
                assertEquals(c.getCellType(), e.getCellType(), at);
                assertEquals(f.formatCellValue(c), f.formatCellValue(e), at);
                if (c.getCellType() == CellType.FORMULA) {
                    assertEquals(c.getCellFormula(), e.getCellFormula(), at);
                }
                assertEquals(c.getCellStyle().getIndex(), e.getCellStyle().getIndex(), at);
            }
        }
    }

    private static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }
}
