package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forms spliced from the returned workbooks into the summary book, as XML. */
class FormSpliceTest {

    @TempDir
    Path dir;

    @Test
    void aSplicedFormIsTheReturnedSheetCellByCell() throws Exception {
        Path packs = dir.resolve("packs");
        List<Path> books = ReadBack.fill(TestData.registry("wujing-2022-ziping.yaml"), packs);
        Path returned = books.get(0);
        // The unit edits its sheet: what it returned, not a re-fill, is what the book shows.
        String edited;
        try (XSSFWorkbook wb = open(returned)) {
            XSSFSheet form = wb.getSheetAt(1);
            edited = form.getSheetName();
            Cell note = form.getRow(0).getCell(0);
            note.setCellValue(note.getStringCellValue() + "（单位改过）");
            wb.setSelectedTab(1);
            save(wb, returned);
        }
        Path summary = dir.resolve("汇总表.xlsx");
        CliRun run = CliRun.of("rollup", packs.toString(), "-o", summary.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("未能附入"), run.err());

        int compared = 0;
        try (XSSFWorkbook out = open(summary)) {
            for (Path book : books) {
                try (XSSFWorkbook in = open(book)) {
                    for (int s = 0; s < in.getNumberOfSheets(); s++) {
                        XSSFSheet src = in.getSheetAt(s);
                        if (in.isSheetHidden(s) || "目录".equals(src.getSheetName())) {
                            continue;
                        }
                        XSSFSheet dst = out.getSheet(src.getSheetName());
                        assertNotNull(dst, src.getSheetName());
                        assertSameSheet(src, dst);
                        assertFalse(dst.isSelected(), "no form is selected with the summary: " + dst.getSheetName());
                        compared++;
                    }
                }
            }
            assertTrue(out.getSheet(edited).getRow(0).getCell(0).getStringCellValue().endsWith("（单位改过）"));
            assertTrue(out.getSheetAt(0).isSelected());
        }
        assertTrue(compared >= 5, "forms compared: " + compared);
    }

    @Test
    void aFormsCommentAndPictureAreLeftOutAndSaid() throws Exception {
        Path packs = dir.resolve("packs");
        List<Path> books = ReadBack.fill(TestData.registry("jiuting-2026-shenbao.yaml"), packs);
        Path returned = books.get(0);
        String sheet;
        try (XSSFWorkbook wb = open(returned)) {
            XSSFSheet form = wb.getSheetAt(1);
            sheet = form.getSheetName();
            Drawing<?> drawing = form.createDrawingPatriarch();
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(1);
            anchor.setRow1(1);
            anchor.setCol2(3);
            anchor.setRow2(4);
            Comment c = drawing.createCellComment(anchor);
            c.setString(wb.getCreationHelper().createRichTextString("请核对"));
            form.getRow(2).getCell(1).setCellComment(c);
            byte[] png = png();
            int pic = wb.addPicture(png, XSSFWorkbook.PICTURE_TYPE_PNG);
            drawing.createPicture(anchor, pic);
            save(wb, returned);
        }
        Path summary = dir.resolve("汇总表.xlsx");
        CliRun run = CliRun.of("rollup", packs.toString(), "-o", summary.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains(returned.getFileName().toString()) && run.err().contains("“" + sheet + "”")
                && run.err().contains("批注") && run.err().contains("图片和图形"), run.err());
        try (XSSFWorkbook out = open(summary); XSSFWorkbook in = open(returned)) {
            assertSameSheet(in.getSheet(sheet), out.getSheet(sheet));
            assertTrue(out.getSheet(sheet).getCellComments().isEmpty());
        }
        CliRun en = CliRun.of("--lang", "en", "rollup", packs.toString(), "-o", summary.toString(), "--force");
        assertTrue(en.err().contains("without its comments, pictures and drawings")
                || en.err().contains("without its pictures and drawings, comments"), en.err());
    }

    @Test
    void aLibreOfficeResaveIsSplicedAsItWasSaved() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(cn.jixiao.support.LibreOffice.installed(), "LibreOffice not installed");
        List<Path> books = ReadBack.fill(TestData.registry("wujing-2026-mubiao.yaml"), dir.resolve("packs"));
        Path resaved = dir.resolve("resaved");
        cn.jixiao.support.LibreOffice.convert(books.subList(0, 1), "xlsx", resaved);
        Path summary = dir.resolve("汇总表.xlsx");
        CliRun run = CliRun.of("rollup", resaved.toString(), "-o", summary.toString());
        assertEquals(0, run.exitCode(), run.err());
        int compared = 0;
        try (XSSFWorkbook out = open(summary); XSSFWorkbook in = open(ReadBack.files(resaved).get(0))) {
            for (int s = 0; s < in.getNumberOfSheets(); s++) {
                if (!in.isSheetHidden(s) && !"目录".equals(in.getSheetName(s))) {
                    // LibreOffice's own widths and styles, not a re-fill's: the sheet came through as saved.
                    assertSameSheet(in.getSheetAt(s), out.getSheet(in.getSheetName(s)));
                    compared++;
                }
            }
        }
        assertTrue(compared > 0);
        // LibreOffice's sheets carry its own namespaces and attributes: the spliced parts are still schema-valid.
        org.apache.xmlbeans.SchemaTypeLoader schemas = org.apache.xmlbeans.XmlBeans.typeLoaderUnion(
                org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder.typeSystem);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(summary.toFile())) {
            for (java.util.zip.ZipEntry part : java.util.Collections.list(zip.entries())) {
                if (part.getName().startsWith("xl/worksheets/") || part.getName().equals("xl/workbook.xml")
                        || part.getName().equals("xl/styles.xml")) {
                    try (InputStream in = zip.getInputStream(part)) {
                        List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
                        schemas.parse(in, null, null).validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
                        // xml:space="preserve" on <t>, which Excel and LibreOffice write in every workbook, is
                        // bound by XML itself; the ECMA schema does not list it, so its validator flags it.
                        List<String> real = errors.stream().map(Object::toString)
                                .filter(e -> !e.contains("space@http://www.w3.org/XML/1998/namespace")).toList();
                        assertTrue(real.isEmpty(), part.getName() + ": " + real.subList(0, Math.min(3, real.size())));
                    }
                }
            }
        }
    }

    @Test
    void formsSplicedOnSeveralThreadsAndFormsFilledComeInTheSummarysOrder() throws Exception {
        // Many returned workbooks (spliced on the threads beside the tables) and a registry (filled after them).
        List<Path> books = ReadBack.fill(TestData.registry("pujiang-2024-mubiao.yaml"), dir.resolve("packs"));
        assertTrue(books.size() > 4, "workbooks: " + books.size());
        Path summary = dir.resolve("汇总表.xlsx");
        CliRun run = CliRun.of("rollup", dir.resolve("packs").toString(), TestData.registry("xidu-2024-shenbao.yaml").toString(),
                "-o", summary.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (XSSFWorkbook out = open(summary)) {
            List<String> linked = new java.util.ArrayList<>();
            for (Row r : out.getSheet("汇总")) {
                for (Cell c : r) {
                    if (c.getHyperlink() != null) {
                        String a = c.getHyperlink().getAddress();
                        linked.add(a.substring(1, a.lastIndexOf("'!")).replace("''", "'"));
                    }
                }
            }
            int first = out.getSheetIndex(linked.get(0));
            List<String> forms = new java.util.ArrayList<>();
            for (int s = first; s < out.getNumberOfSheets(); s++) {
                forms.add(out.getSheetName(s));
            }
            assertTrue(linked.size() > 20, "forms: " + linked.size());
            assertEquals(linked, forms, "every form, in 汇总's order");
        }
    }

    private static byte[] png() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** Values, the look of each cell's style, merges, widths, heights and print area. */
    @Test
    void formsKeepTheirLooksWithABookTemplateWhoseStylesPartHasAnotherName() throws Exception {
        // An office's own summary template, its styles part named in Chinese (the zip holds the
        // name as it is, the package's part name percent-encoded): the forms' styles must still
        // go into that part, whatever its name.
        Path template = dir.resolve("汇总模板.xlsx");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(
                Path.of("templates", "huizong.xlsx").toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(template))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                String text = new String(in.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                String name = e.getName();
                if (name.equals("xl/styles.xml")) {
                    name = "xl/样式.xml";
                } else if (name.equals("xl/_rels/workbook.xml.rels")) {
                    text = text.replace("Target=\"styles.xml\"", "Target=\"样式.xml\"");
                } else if (name.equals("[Content_Types].xml")) {
                    text = text.replace("PartName=\"/xl/styles.xml\"", "PartName=\"/xl/%E6%A0%B7%E5%BC%8F.xml\"");
                }
                out.putNextEntry(new java.util.zip.ZipEntry(name));
                out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        try (java.util.zip.ZipFile t = new java.util.zip.ZipFile(template.toFile())) {
            assertNotNull(t.getEntry("xl/样式.xml"), "the template's styles part is renamed");
        }
        Path packs = dir.resolve("packs");
        List<Path> books = ReadBack.fill(TestData.registry("wujing-2022-ziping.yaml"), packs);
        Path summary = dir.resolve("汇总表.xlsx");
        CliRun run = CliRun.of("rollup", packs.toString(), "--book-template", template.toString(), "-o",
                summary.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(summary.toFile())) {
            assertNotNull(z.getEntry("xl/样式.xml"), "the book keeps the template's styles part");
        }
        try (XSSFWorkbook out = open(summary); XSSFWorkbook in = open(books.get(0))) {
            XSSFSheet src = in.getSheetAt(1);
            assertSameSheet(src, out.getSheet(src.getSheetName()));
        }
    }

    static void assertSameSheet(XSSFSheet src, XSSFSheet dst) {
        String where = src.getSheetName();
        DataFormatter f = new DataFormatter();
        for (Row r : src) {
            Row d = dst.getRow(r.getRowNum());
            assertNotNull(d, where + " row " + r.getRowNum());
            assertEquals(r.getHeight(), d.getHeight(), where + " height of row " + r.getRowNum());
            for (Cell c : r) {
                Cell e = d.getCell(c.getColumnIndex());
                String at = where + "!" + c.getAddress();
                assertNotNull(e, at);
                assertEquals(c.getCellType(), e.getCellType(), at);
                assertEquals(f.formatCellValue(c), f.formatCellValue(e), at);
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    assertEquals(c.getCellFormula(), e.getCellFormula(), at);
                }
                assertEquals(look((XSSFCellStyle) c.getCellStyle()), look((XSSFCellStyle) e.getCellStyle()), at);
            }
        }
        Set<String> merges = new HashSet<>();
        src.getMergedRegions().stream().map(CellRangeAddress::formatAsString).forEach(merges::add);
        Set<String> copied = new HashSet<>();
        dst.getMergedRegions().stream().map(CellRangeAddress::formatAsString).forEach(copied::add);
        assertEquals(merges, copied, where + " merges");
        for (int col = 0; col < 12; col++) {
            assertEquals(src.getColumnWidth(col), dst.getColumnWidth(col), where + " width of column " + col);
            assertEquals(src.isColumnHidden(col), dst.isColumnHidden(col), where + " column hidden " + col);
        }
        XSSFWorkbook a = src.getWorkbook();
        XSSFWorkbook b = dst.getWorkbook();
        String areaA = a.getPrintArea(a.getSheetIndex(src));
        String areaB = b.getPrintArea(b.getSheetIndex(dst));
        assertEquals(areaA == null ? null : areaA.substring(areaA.indexOf('!')),
                areaB == null ? null : areaB.substring(areaB.indexOf('!')), where + " print area");
        assertEquals(String.valueOf(src.getRepeatingRows()), String.valueOf(dst.getRepeatingRows()), where + " print titles");
        assertEquals(src.getPrintSetup().getLandscape(), dst.getPrintSetup().getLandscape(), where);
        assertEquals(src.getPrintSetup().getFitWidth(), dst.getPrintSetup().getFitWidth(), where);
        assertEquals(src.getFitToPage(), dst.getFitToPage(), where);
    }

    private static String look(XSSFCellStyle s) {
        XSSFFont font = s.getFont();
        return s.getDataFormatString() + "|" + font.getFontName() + "|" + font.getFontHeight() + "|" + font.getBold()
                + "|" + font.getItalic() + "|" + (font.getXSSFColor() == null ? "" : font.getXSSFColor().getARGBHex())
                + "|" + s.getFillPattern() + "|"
                + (s.getFillForegroundXSSFColor() == null ? "" : s.getFillForegroundXSSFColor().getARGBHex()) + "|"
                + s.getBorderTop() + s.getBorderBottom() + s.getBorderLeft() + s.getBorderRight() + "|" + s.getAlignment()
                + s.getVerticalAlignment() + s.getWrapText() + s.getIndention() + s.getRotation() + s.getLocked()
                + s.getHidden();
    }

    private static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    private static void save(XSSFWorkbook wb, Path p) throws Exception {
        Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            wb.write(out);
        }
        Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
