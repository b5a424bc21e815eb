package cn.jixiao.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.FilledBook;
import cn.jixiao.support.TestData;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finance officer edits the template in Excel; the pipeline keeps working. */
class EditedTemplateTest {

    @Test
    void theSelfEvaluationTemplateFromAFileKeepsItsCheckColumnsOnThe总分Row() throws Exception {
        Path out = dir.resolve("zp");
        CliRun run = CliRun.of("fill", TestData.registry("wujing-2022-ziping.yaml").toString(), "-o", out.toString(),
                "-t", Path.of("templates", "ziping.xlsx").toString());
        assertEquals(0, run.exitCode(), run.err());
        try (FilledBook b = FilledBook.open(Path.of(run.out().lines().findFirst().orElseThrow()))) {
            Sheet sheet = b.workbook().getSheet("综合党委经费");
            assertEquals(b.find(sheet, "总分").getRow(), b.find(sheet, "核算总分").getRow());
            assertEquals(93, b.rightOf(sheet, "核算总分").getNumericCellValue(), 0.001,
                    "computed 执行率 45.9% earns 5 points: 5 + 88");
        }
    }

    @TempDir
    Path dir;

    @Test
    void aLogoOnTheFormSheetAppearsOnEveryProjectSheet() throws Exception {
        Path template = dir.resolve("shenbao.xlsx");
        try (InputStream in = Files.newInputStream(Path.of("templates", "shenbao.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet form = wb.getSheet("表单");
            int picture = wb.addPicture(logoPng(), Workbook.PICTURE_TYPE_PNG);
            XSSFClientAnchor anchor = new XSSFClientAnchor();
            anchor.setCol1(0);
            anchor.setRow1(0);
            anchor.setCol2(1);
            anchor.setRow2(2);
            form.createDrawingPatriarch().createPicture(anchor, picture);
            try (OutputStream out = Files.newOutputStream(template)) {
                wb.write(out);
            }
        }
        Path out = dir.resolve("logo");
        CliRun run = CliRun.of("fill", TestData.registry("jiuting-2026-shenbao.yaml").toString(), "-o", out.toString(),
                "-t", template.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (FilledBook b = FilledBook.open(Path.of(run.out().lines().findFirst().orElseThrow()))) {
            int forms = 0;
            for (Sheet sheet : b.workbook()) {
                if (b.workbook().isSheetHidden(b.workbook().getSheetIndex(sheet)) || sheet.getSheetName().equals("目录")) {
                    continue;
                }
                forms++;
                XSSFDrawing drawing = ((XSSFSheet) sheet).getDrawingPatriarch();
                assertNotNull(drawing, sheet.getSheetName());
                assertEquals(1, drawing.getShapes().stream().filter(XSSFPicture.class::isInstance).count(),
                        sheet.getSheetName());
                b.find(sheet, "财政项目支出绩效目标申报表");
            }
            assertEquals(5, forms);
        }
    }

    @Test
    void aMisspeltMarkerStopsTheFillAndNamesTheTemplateCell() throws Exception {
        Path template = withProjectNameMarker("${p.nmae}");
        Path out = dir.resolve("misspelt");
        CliRun run = CliRun.of("fill", TestData.registry("wujing-2026-mubiao.yaml").toString(), "-o", out.toString(),
                "-t", template.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("表单!B3") && run.err().contains("${p.nmae}") && run.err().contains("“nmae”"),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing written");
    }

    @Test
    void aMalformedMarkerIsTheTemplatesFaultNotAnInternalError() throws Exception {
        Path template = withProjectNameMarker("${p.name +}");
        CliRun run = CliRun.of("--lang", "en", "fill", TestData.registry("wujing-2026-mubiao.yaml").toString(),
                "-o", dir.resolve("malformed").toString(), "-t", template.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cell 表单!B3: the marker ${p.name +} cannot be evaluated"), run.err());
    }

    /** The official 目标表 template with its ${p.name} marker replaced. */
    private Path withProjectNameMarker(String marker) throws Exception {
        Path template = dir.resolve("edited-" + marker.hashCode() + ".xlsx");
        try (InputStream in = Files.newInputStream(Path.of("templates", "mubiao.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("表单").getRow(2).getCell(1).setCellValue(marker);
            try (OutputStream out = Files.newOutputStream(template)) {
                wb.write(out);
            }
        }
        return template;
    }

    private static byte[] logoPng() throws Exception {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        image.setRGB(20, 20, 0xC00000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    @Test
    void aWiderColumnAndARowOfTextAboveTheIndicatorTable() throws Exception {
        Path template = dir.resolve("mubiao.xlsx");
        try (InputStream in = Files.newInputStream(Path.of("templates", "mubiao.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet form = wb.getSheet("表单");
            form.setColumnWidth(3, 60 * 256);
            int header = 11; // 绩效指标 header row of the official template
            form.shiftRows(header, form.getLastRowNum(), 1, true, false);
            form.createRow(header).createCell(0).setCellValue("（本表由实施单位填写，财政所审核）");
            try (OutputStream out = Files.newOutputStream(template)) {
                wb.write(out);
            }
        }
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("fill", TestData.registry("wujing-2026-mubiao.yaml").toString(), "-o", out.toString(),
                "-t", template.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (FilledBook b = FilledBook.open(Path.of(run.out().lines().findFirst().orElseThrow()))) {
            Sheet sheet = b.workbook().getSheet("残保金抚恤金专项");
            assertEquals(60 * 256, sheet.getColumnWidth(3));
            CellAddress note = b.find(sheet, "（本表由实施单位填写，财政所审核）");
            CellAddress header = b.find(sheet, "三级指标");
            assertEquals(note.getRow() + 1, header.getRow(), "the static text stays above the table");
            assertEquals("指标1：全年支付一次", b.text(b.cell(sheet, header.getRow() + 1, header.getColumn())));
            assertEquals("100%", b.text(b.cell(sheet, header.getRow() + 1, header.getColumn() + 1)));
            assertEquals("指标1：编制内事业人员满意度", b.text(b.cell(sheet, header.getRow() + 8, header.getColumn())));
        }
    }
}
