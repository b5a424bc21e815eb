package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import cn.jixiao.template.RollupTemplate;
import cn.jixiao.template.TemplateSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rolling up the same returns again gives the same book, part for part, byte for byte: a town's
 * sixteen workbooks, each with a look of its own, are spliced two at a time on different threads,
 * and the styles their forms brought the book were once numbered in whichever order the threads
 * met them.
 */
class RollupRepeatableTest {

    @TempDir
    Path dir;

    @Test
    void theSameReturnsGiveTheSameBook() throws IOException {
        List<Path> books = ReadBack.fill(TestData.registry("pujiang-2024-mubiao.yaml"), dir.resolve("packs"));
        for (int i = 0; i < books.size(); i++) {
            markTheForms(books.get(i), i);
        }
        Function<FormFamily, TemplateSource> templates = f -> TemplateSource.resolve(f, null, null);
        Rollup rollup = new Rollup(new WorkbookReader(new TemplateMaps(templates)),
                new Rollup.Options(MoneyUnit.WAN_YUAN, null, null, true, templates,
                        TemplateSource.resolve("huizong", RollupTemplate.FILE, null, null)));
        Map<String, byte[]> first = null;
        for (int run = 0; run < 5; run++) {
            Path book = dir.resolve("book" + run + ".xlsx");
            Rollup.Result result = rollup.run(books, book, false, null, null, f -> { });
            assertEquals(104, result.projects());
            Map<String, byte[]> parts = parts(book);
            if (first == null) {
                first = parts;
                assertEquals(marks(books.size()), marksIn(book), "each workbook's forms keep their look");
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
                    // The 300 styles no cell uses stayed out of the book.
                    assertTrue(wb.getNumCellStyles() < 150, "styles in the book: " + wb.getNumCellStyles());
                }
                continue;
            }
            assertEquals(first.keySet(), parts.keySet(), "run " + run);
            for (var e : first.entrySet()) {
                assertArrayEquals(e.getValue(), parts.get(e.getKey()), "run " + run + ": " + e.getKey());
            }
        }
    }

    /** The looks given to the workbooks' forms, as RGB. */
    private static java.util.Set<String> marks(int workbooks) {
        java.util.Set<String> marks = new java.util.TreeSet<>();
        for (int i = 0; i < workbooks; i++) {
            marks.add(java.util.HexFormat.of().formatHex(mark(i)));
        }
        return marks;
    }

    private static byte[] mark(int i) {
        return new byte[] {(byte) (16 * i), (byte) 200, (byte) (255 - 9 * i)};
    }

    /** The looks the book's forms have in their first cell (the book's own tables are left aside). */
    private static java.util.Set<String> marksIn(Path book) throws IOException {
        java.util.Set<String> marks = new java.util.TreeSet<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
            for (Sheet sheet : wb) {
                Row row = sheet.getRow(0);
                Cell cell = row == null ? null : row.getCell(0);
                if (cell != null && cell.getCellStyle() instanceof XSSFCellStyle style
                        && style.getFillForegroundXSSFColor() != null
                        && style.getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
                    marks.add(java.util.HexFormat.of().formatHex(style.getFillForegroundXSSFColor().getRGB()));
                }
            }
        }
        return marks;
    }

    /**
     * Gives each workbook's forms a look of its own (as a unit does that colours a cell), so
     * that every workbook brings the book a style new to it; one workbook also has hundreds of
     * styles that no cell uses.
     */
    private static void markTheForms(Path book, int i) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
            XSSFCellStyle marked = wb.createCellStyle();
            marked.setFillForegroundColor(new XSSFColor(mark(i)));
            marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            if (i == 3) {
                // A workbook edited for years: hundreds of styles no cell uses (mapped as its cells ask, in its turn).
                for (int k = 0; k < 300; k++) {
                    wb.createCellStyle().setIndention((short) (k % 15));
                    wb.getCellStyleAt(wb.getNumCellStyles() - 1).setRotation((short) (k / 15));
                }
            }
            for (Sheet sheet : wb) {
                if (!wb.isSheetHidden(wb.getSheetIndex(sheet))) {
                    Row row = sheet.getRow(0) != null ? sheet.getRow(0) : sheet.createRow(0);
                    Cell cell = row.getCell(0) != null ? row.getCell(0) : row.createCell(0);
                    cell.setCellStyle(marked);
                }
            }
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
    }

    /** Every part but the properties (they may say when the book was made). */
    private static Map<String, byte[]> parts(Path book) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(book.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().startsWith("docProps/")) {
                    parts.put(e.getName(), zip.getInputStream(e).readAllBytes());
                }
            }
        }
        return parts;
    }
}
