package cn.jixiao.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.support.LibreOffice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template is opened with POI's model and written again only when a comment of it may hold a
 * jxls command to re-aim; one with none (the summary book's) is used as it is, and anything the
 * quick look cannot vouch for goes the full way, where POI says what is wrong with it.
 */
class TemplateNormalizerTest {

    @Test
    void theSummaryBooksTemplateIsUsedAsItIs() throws IOException {
        byte[] huizong = official(RollupTemplate.FILE);
        assertFalse(TemplateNormalizer.mayHoldCommands(huizong));
        assertSame(huizong, TemplateNormalizer.normalizeIfCommands(huizong));
    }

    @Test
    void theFormTemplatesHoldCommands() throws IOException {
        for (FormFamily family : FormFamily.values()) {
            assertTrue(TemplateNormalizer.mayHoldCommands(official(TemplateSource.fileName(family))), family.key());
        }
    }

    /**
     * The official templates as an office keeps them after LibreOffice saved them (it writes its
     * own parts and comments): the summary book's still has no command, each form's still has.
     */
    @Test
    void officialTemplatesResavedByLibreOffice(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(LibreOffice.installed(), "LibreOffice not installed");
        List<String> files = new ArrayList<>(List.of(RollupTemplate.FILE));
        for (FormFamily family : FormFamily.values()) {
            files.add(TemplateSource.fileName(family));
        }
        List<Path> originals = new ArrayList<>();
        for (String file : files) {
            originals.add(Files.write(dir.resolve(file), official(file)));
        }
        Path resaved = dir.resolve("resaved");
        LibreOffice.convert(originals, "xlsx", resaved);
        for (String file : files) {
            byte[] bytes = Files.readAllBytes(resaved.resolve(file));
            assertEquals(!file.equals(RollupTemplate.FILE), TemplateNormalizer.mayHoldCommands(bytes), file);
        }
    }

    /** A comment's text is its runs joined, as POI gives it: "j" in one run and "x:" in the next is a command. */
    @Test
    void aCommandSplitAcrossRunsIsSeen() throws IOException {
        assertTrue(TemplateNormalizer.mayHoldCommands(withComment("j", "x:each(items=\"p\" var=\"x\" lastCell=\"B2\")")));
        assertFalse(TemplateNormalizer.mayHoldCommands(withComment("填表说明：", "金额以万元计")));
    }

    @Test
    void whatTheQuickLookCannotVouchForGoesTheFullWay() throws IOException {
        assertTrue(TemplateNormalizer.mayHoldCommands("not a zip".getBytes(StandardCharsets.UTF_8)));
        assertTrue(TemplateNormalizer.mayHoldCommands(zip("[Content_Types].xml", "<Types/>", "x.xml", "<a/>")), "no workbook");
        assertTrue(TemplateNormalizer.mayHoldCommands(zip("xl/workbook.xml", "<workbook/>")), "no content types");
        assertFalse(TemplateNormalizer.mayHoldCommands(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>")),
                "the smallest package the quick look vouches for");
        assertTrue(TemplateNormalizer.mayHoldCommands(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "workbook")),
                "a part that is not XML");
        assertTrue(TemplateNormalizer.mayHoldCommands(zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>",
                "xl/comments1.xml", "<comments><commentList><comment ref=\"A1\"><text><t>说明")), "a comments part cut short");
    }

    /** Comments parts however they are spelt: a prefixed root, a name in capitals, an escaped character. */
    @Test
    void commentsPartsAreFoundHoweverSpelt() {
        String command = "jx:each(items=\"p\" var=\"x\" lastCell=\"B2\")";
        assertTrue(TemplateNormalizer.mayHoldCommands(book("xl/comments1.xml",
                "<x:comments xmlns:x=\"urn:s\"><x:commentList><x:comment ref=\"A1\"><x:text><x:t>" + command
                        + "</x:t></x:text></x:comment></x:commentList></x:comments>")), "prefixed");
        assertTrue(TemplateNormalizer.mayHoldCommands(book("xl/COMMENTS1.XML", comments(command))), "capitals");
        assertTrue(TemplateNormalizer.mayHoldCommands(book("xl/notes.xml", comments(command))), "any name");
        assertTrue(TemplateNormalizer.mayHoldCommands(book("xl/comments1.xml", comments("_x006A_x:each"))), "escaped");
        assertTrue(TemplateNormalizer.mayHoldCommands(book("xl/comments1.xml",
                "<!DOCTYPE comments [<!ENTITY j \"jx:\">]>" + comments("&j;each"))), "a DTD");
        assertFalse(TemplateNormalizer.mayHoldCommands(book("xl/comments1.xml", comments("填表说明"))), "no command");
    }

    private static String comments(String text) {
        return "<comments><authors><author>jx:作者</author></authors><commentList><comment ref=\"A1\"><text><t>" + text
                + "</t></text></comment></commentList></comments>";
    }

    private static byte[] book(String name, String part) {
        try {
            return zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>", name, part);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] official(String file) throws IOException {
        try (InputStream in = TemplateNormalizerTest.class.getResourceAsStream("/templates/" + file)) {
            return in.readAllBytes();
        }
    }

    private static byte[] withComment(String first, String second) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("表");
            sheet.createRow(0).createCell(0).setCellValue("项目名称");
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            XSSFComment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
            XSSFRichTextString text = new XSSFRichTextString(first + second);
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            text.applyFont(0, first.length(), bold);
            comment.setString(text);
            comment.setAddress(0, 0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            byte[] bytes = out.toByteArray();
            // The runs are apart in the part: the command is only seen with their text joined.
            String part = part(bytes, "xl/comments1.xml");
            assertTrue(part.contains("<t>" + first + "</t>") || part.contains(">" + first + "</t>"), part);
            assertFalse(part.contains("jx:"), part);
            try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                assertEquals(first + second, back.getSheetAt(0).getCellComment(
                        new org.apache.poi.ss.util.CellAddress(0, 0)).getString().getString());
            }
            return bytes;
        }
    }

    private static String part(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
