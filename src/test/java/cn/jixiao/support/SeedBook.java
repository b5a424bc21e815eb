package cn.jixiao.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A seed's text laid into a workbook the way the office's book has it: a line a row, a tab a
 * column, so the forms stand one under another on one sheet with the book's own column layout.
 * What the text extraction added is undone, so the sheet holds what the printed book shows: the
 * checkboxes the extraction wrote as {@code <input type="checkbox"/>} are ☐ / ☑ again, stray
 * {@code <p>} tags and the markdown {@code #} of headings go. Nothing else is touched: drifted
 * columns, wrapped labels and placeholder rows stay as the seed has them.
 */
public final class SeedBook {

    /** How to lay the text out: shifted, split one form per sheet, label cells merged, page breaks between forms. */
    public record Layout(int rowShift, int colShift, boolean onePerSheet, boolean mergeCells, boolean pageBreaks) {
        public static final Layout ONE_SHEET = new Layout(0, 0, false, false, false);
    }

    private SeedBook() {
    }

    /** The seed's lines, cleaned of the extraction's markup, split at tabs. */
    public static List<String[]> rows(String seedFile) {
        try {
            String text = Files.readString(TestData.SEEDS.resolve(seedFile), StandardCharsets.UTF_8);
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                rows.add(clean(line).split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String clean(String line) {
        return line.replace("<input checked=\"\" type=\"checkbox\"/>", "☑")
                .replace("<input type=\"checkbox\"/>", "☐")
                .replaceAll("</?p>", "")
                .replaceFirst("^#+\\s*", "");
    }

    /** Writes the seed as an .xlsx; formTitle marks where each form starts (for splitting and page breaks). */
    public static Path write(String seedFile, String formTitle, Layout layout, Path file) {
        List<String[]> rows = rows(seedFile);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Sheet1");
            int r = layout.rowShift();
            int forms = 0;
            for (String[] cells : rows) {
                boolean title = cells.length > 0 && cells[0].strip().endsWith(formTitle);
                if (title) {
                    forms++;
                    if (layout.onePerSheet() && forms > 1) {
                        sheet = wb.createSheet("Sheet" + forms);
                        r = layout.rowShift();
                    } else if (layout.pageBreaks() && forms > 1) {
                        sheet.setRowBreak(r - 1);
                    }
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isBlank()) {
                        row.createCell(c + layout.colShift()).setCellValue(cells[c]);
                    }
                }
                if (layout.mergeCells()) {
                    merge(sheet, r, cells, layout.colShift());
                }
                r++;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Merges each written cell with the empty cells right of it, as Excel books have their labels
     * and values over two or three columns; the last cell of a row is left alone.
     */
    private static void merge(Sheet sheet, int r, String[] cells, int shift) {
        int last = cells.length - 1;
        while (last >= 0 && cells[last].isBlank()) {
            last--;
        }
        for (int c = 0; c < last; c++) {
            if (cells[c].isBlank()) {
                continue;
            }
            int end = c;
            while (end + 1 < last && cells[end + 1].isBlank()) {
                end++;
            }
            if (end > c) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, c + shift, end + shift));
            }
            c = end;
        }
    }
}
