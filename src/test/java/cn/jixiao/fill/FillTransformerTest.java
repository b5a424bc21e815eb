package cn.jixiao.fill;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.support.TestData;
import cn.jixiao.template.TemplateSource;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.transform.poi.PoiTransformerFactory;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * fill's own transformer leaves out work, not content: every workbook it fills is, part for part
 * and byte for byte, the workbook jxls' own PoiTransformer makes from the same job.
 */
class FillTransformerTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jiuting-2026-shenbao.yaml", "pujiang-2024-mubiao.yaml", "wujing-2022-ziping.yaml",
        "wujing-2026-mubiao.yaml", "xidu-2024-shenbao.yaml"})
    void everyPackIsTheOneJxlsOwnTransformerMakes(String registry) throws IOException {
        sameAsJxls(new RegistryIO().read(TestData.registry(registry)), f -> TemplateSource.resolve(f, null, null));
    }

    @Test
    void soIsAPackFromATemplateWithALogo() throws IOException {
        // A picture on the form sheet makes each project's sheet a clone of it (FormSheetCreator).
        Path template = dir.resolve("shenbao.xlsx");
        try (InputStream in = Files.newInputStream(Path.of("templates", "shenbao.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(template)) {
            BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
            image.setRGB(20, 20, 0xC00000);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            int picture = wb.addPicture(png.toByteArray(), Workbook.PICTURE_TYPE_PNG);
            XSSFClientAnchor anchor = new XSSFClientAnchor();
            anchor.setCol2(1);
            anchor.setRow2(2);
            wb.getSheet("表单").createDrawingPatriarch().createPicture(anchor, picture);
            wb.write(out);
        }
        sameAsJxls(new RegistryIO().read(TestData.registry("jiuting-2026-shenbao.yaml")),
                f -> TemplateSource.resolve(f, template, null));
    }

    @Test
    void soIsAPackFromATemplateWhoseColumnsShareAWidthElement() throws IOException {
        // Saved by another program, a template may give several columns one <col min max> element,
        // whose width setting any one of them changes for all.
        Path template = dir.resolve("mubiao.xlsx");
        try (InputStream in = Files.newInputStream(Path.of("templates", "mubiao.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(template)) {
            for (XSSFSheet sheet : List.of(wb.getSheet("目录"), wb.getSheet("表单"))) {
                CTCols cols = sheet.getCTWorksheet().getColsArray(0);
                CTCol span = cols.getColArray(1);
                span.setMax(span.getMin() + 2);
                cols.removeCol(3);
                cols.removeCol(2);
            }
            wb.write(out);
        }
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(4, wb.getSheet("目录").getCTWorksheet().getColsArray(0).getColArray(1).getMax());
        }
        sameAsJxls(new RegistryIO().read(TestData.registry("wujing-2026-mubiao.yaml")),
                f -> TemplateSource.resolve(f, template, null));
    }

    @Test
    void soIsAPackWhoseEmptyTemplateCellsCarryALinkACommentAndAConditionalFormat() throws IOException {
        // Empty cells are written without jxls' blanking only when they carry nothing but a style.
        Path template = dir.resolve("shenbao.xlsx");
        int marked = 0;
        try (InputStream in = Files.newInputStream(Path.of("templates", "shenbao.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in); OutputStream out = Files.newOutputStream(template)) {
            XSSFSheet form = wb.getSheet("表单");
            List<org.apache.poi.ss.usermodel.Cell> blanks = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : form) {
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK) {
                        blanks.add(cell);
                    }
                }
            }
            // The last empty cells are the indicator rows' input columns, which jxls copies per indicator.
            org.apache.poi.ss.usermodel.Cell linked = blanks.get(blanks.size() - 1);
            org.apache.poi.ss.usermodel.Cell commented = blanks.get(blanks.size() - 2);
            org.apache.poi.ss.usermodel.Cell formatted = blanks.get(blanks.size() - 3);
            org.apache.poi.ss.usermodel.Hyperlink link = wb.getCreationHelper()
                    .createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.URL);
            link.setAddress("https://czj.sh.gov.cn/");
            linked.setHyperlink(link);
            org.apache.poi.ss.usermodel.ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setRow1(commented.getRowIndex());
            anchor.setCol1(commented.getColumnIndex());
            anchor.setRow2(commented.getRowIndex() + 2);
            anchor.setCol2(commented.getColumnIndex() + 2);
            org.apache.poi.ss.usermodel.Comment note = form.createDrawingPatriarch().createCellComment(anchor);
            note.setString(wb.getCreationHelper().createRichTextString("请填写实际完成值"));
            commented.setCellComment(note);
            var rule = form.getSheetConditionalFormatting().createConditionalFormattingRule("LEN(A1)>0");
            rule.createPatternFormatting().setFillBackgroundColor(org.apache.poi.ss.usermodel.IndexedColors.YELLOW.index);
            form.getSheetConditionalFormatting().addConditionalFormatting(new org.apache.poi.ss.util.CellRangeAddress[] {
                new org.apache.poi.ss.util.CellRangeAddress(formatted.getRowIndex(), formatted.getRowIndex(),
                        formatted.getColumnIndex(), formatted.getColumnIndex())}, rule);
            marked = blanks.size();
            wb.write(out);
        }
        assertTrue(marked >= 3, "the template has empty cells to mark");
        sameAsJxls(new RegistryIO().read(TestData.registry("jiuting-2026-shenbao.yaml")),
                f -> TemplateSource.resolve(f, template, null));
    }

    @Test
    void aWidthSetThroughAColumnElementSharedWithAnotherColumnIsSetAgain() {
        // What jxls does when a horizontal area puts columns of other widths into a shared element.
        int[][] calls = {{1, 2560}, {2, 5120}, {1, 2560}, {4, 3000}, {2, 5120}, {1, 2560}};
        try (XSSFWorkbook ours = new XSSFWorkbook(); XSSFWorkbook poi = new XSSFWorkbook()) {
            for (XSSFWorkbook wb : List.of(ours, poi)) {
                CTCol span = wb.createSheet("表单").getCTWorksheet().addNewCols().addNewCol();
                span.setMin(2);
                span.setMax(4);
                span.setWidth(12);
            }
            FillTransformer transformer = new FillTransformer(ours);
            for (int[] c : calls) {
                transformer.setColumnWidth(ours.getSheetAt(0), c[0], c[1]);
                poi.getSheetAt(0).setColumnWidth(c[0], c[1]);
            }
            assertEquals(poi.getSheetAt(0).getCTWorksheet().getColsArray(0).xmlText(),
                    ours.getSheetAt(0).getCTWorksheet().getColsArray(0).xmlText());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void sameAsJxls(Registry registry, Function<FormFamily, TemplateSource> templates) throws IOException {
        List<WorkbookJob> jobs = FillPlan.of(registry, FillPlan.Grouping.UNIT, dir.resolve("out"),
                FileNames.DEFAULT_PATTERN, templates, new FileNames());
        assertFalse(jobs.isEmpty());
        for (WorkbookJob job : jobs) {
            Map<String, byte[]> ours = parts(job, new WorkbookFiller());
            Map<String, byte[]> jxls = parts(job, new WorkbookFiller(new PoiTransformerFactory()));
            assertEquals(jxls.keySet(), ours.keySet(), job.target().toString());
            for (String part : jxls.keySet()) {
                assertArrayEquals(jxls.get(part), ours.get(part), job.target() + " " + part);
            }
        }
    }

    private static Map<String, byte[]> parts(WorkbookJob job, WorkbookFiller filler) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        filler.fillTo(job, out);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                // The hidden sheet's filled_at (seconds left out at :00) is the clock's, the one thing two fills may differ in.
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1)
                        .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d)?Z", "(time)")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return parts;
    }
}
