package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forms are set into the written book in the order of their places, whatever order a pen
 * spliced them in (its file is read once from start to end when they come in order, opened again
 * when one comes before the last), and the book's styles part is written as its table holds it
 * once the forms' styles are in, after the book's own parts were.
 */
class FormBookTest {

    @TempDir
    Path dir;

    @Test
    void formsComeInTheirPlacesOrderWithTheirStylesWhateverTheOrderTheyWereSplicedIn() throws Exception {
        Path returned = dir.resolve("returned.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFCellStyle bold = wb.createCellStyle();
            XSSFFont font = wb.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) 17);
            bold.setFont(font);
            for (String name : List.of("甲", "乙", "丙", "丁")) {
                XSSFSheet s = wb.createSheet(name);
                s.createRow(0).createCell(0).setCellValue("表" + name);
                s.getRow(0).getCell(0).setCellStyle(bold);
            }
            try (OutputStream out = Files.newOutputStream(returned)) {
                wb.write(out);
            }
        }
        Path written = dir.resolve("written.xlsx");
        Path summary = dir.resolve("summary.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); SourceBook source = new SourceBook(returned)) {
            book.createSheet("汇总").createRow(0).createCell(0).setCellValue("汇总");
            try (FormBook forms = new FormBook(new StyleMap(book.getStylesSource()), 4)) {
                FormBook.Pen pen = forms.pen();
                // Places 2, 3, 0, 1: the book asks for 0 and 1 before the forms after them in the file.
                pen.add(2, "第三", source, source.sheet("丙"));
                pen.add(3, "第四", source, source.sheet("丁"));
                pen.add(0, "第一", source, source.sheet("甲"));
                pen.add(1, "第二", source, source.sheet("乙"));
                // As the rollup does: the book's own parts first, the forms' styles put in after.
                try (OutputStream out = Files.newOutputStream(written)) {
                    book.write(out);
                }
                forms.commitStyles();
                try (OutputStream out = Files.newOutputStream(summary)) {
                    forms.write(written, out);
                }
            }
        }
        try (XSSFWorkbook out = new XSSFWorkbook(summary.toFile())) {
            List<String> names = List.of("汇总", "第一", "第二", "第三", "第四");
            List<String> texts = List.of("汇总", "表甲", "表乙", "表丙", "表丁");
            assertEquals(names.size(), out.getNumberOfSheets());
            for (int i = 0; i < names.size(); i++) {
                XSSFSheet s = out.getSheetAt(i);
                assertEquals(names.get(i), s.getSheetName());
                assertEquals(texts.get(i), s.getRow(0).getCell(0).getStringCellValue());
                if (i > 0) {
                    XSSFFont font = s.getRow(0).getCell(0).getCellStyle().getFont();
                    assertEquals(true, font.getBold(), names.get(i));
                    assertEquals(17, font.getFontHeightInPoints(), names.get(i));
                }
            }
        }
    }
}
