package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
                continue;
            }
            assertEquals(first.keySet(), parts.keySet(), "run " + run);
            for (var e : first.entrySet()) {
                assertArrayEquals(e.getValue(), parts.get(e.getKey()), "run " + run + ": " + e.getKey());
            }
        }
    }

    /**
     * Gives each workbook's forms a look of its own (as a unit does that colours a cell), so
     * that every workbook brings the book a style new to it.
     */
    private static void markTheForms(Path book, int i) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(book))) {
            XSSFCellStyle marked = wb.createCellStyle();
            marked.setFillForegroundColor(new XSSFColor(new byte[] {(byte) (16 * i), (byte) 200, (byte) (255 - 9 * i)}));
            marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
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
