package cn.jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.registry.Funds;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit edits its workbook the way people do (rows inserted and deleted in the indicator table,
 * a column inserted, numbers typed as text, merged cells split, a sheet renamed and moved) and the
 * reader gives back what the unit meant: the edits as edited, everything else as sent.
 */
class ReadEditedTest {

    @TempDir
    Path dir;

    private static final Path WUJING = TestData.registry("wujing-2026-mubiao.yaml");

    @Test
    void editsAreReadAsEditedAndNothingElseChanges() throws Exception {
        List<Path> books = ReadBack.fill(WUJING, dir.resolve("packs"));
        Path book = books.get(0);
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet first = wb.getSheet("残保金抚恤金专项");
            // A row inserted under 指标2 with a new indicator typed in.
            first.shiftRows(14, first.getLastRowNum(), 1);
            Row added = first.createRow(14);
            added.createCell(1).setCellValue("产出指标");
            added.createCell(2).setCellValue("数量指标");
            added.createCell(3).setCellValue("指标3：宣传次数");
            added.createCell(4).setCellValue("≥5次");
            // The 绿色节能环保 row (now one lower) deleted.
            int green = findRow(first, 3, "指标1：绿色节能环保");
            first.removeRow(first.getRow(green));
            first.shiftRows(green + 1, first.getLastRowNum(), -1);
            // A target corrected with ASCII >=, amounts typed as text.
            first.getRow(12).getCell(4).setCellValue(">=98%");
            first.getRow(5).getCell(4).setCellValue("16.50万");
            first.getRow(5).getCell(2).setCellValue("１６．５０");
            first.getRow(6).getCell(4).setCellValue(" 16.5 ");

            XSSFSheet second = wb.getSheet("区域党建经费");
            second.shiftColumns(0, 5, 1); // a column inserted before the form
            for (int i = second.getNumMergedRegions() - 1; i >= 0; i--) {
                var m = second.getMergedRegion(i);
                if (m.getFirstRow() >= 12 && (m.getFirstColumn() == 2 || m.getFirstColumn() == 3)) {
                    second.removeMergedRegion(i); // 一级/二级 split: only the top cell keeps its text
                }
            }
            String third = wb.getSheetName(3);
            wb.setSheetName(3, "改名后的表");
            wb.setSheetOrder("改名后的表", wb.getNumberOfSheets() - 1);
            assertEquals("中心运营经费", third, "the sheet this test renames");
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }

        Registry expected = ReadBack.mapProjects(ReadBack.expected(WUJING), p -> switch (p.id()) {
            case "wj-2026-001" -> edited(p);
            default -> p;
        });
        ReadBack.assertSame(expected, ReadBack.read(0, dir.resolve("packs").toString()));
    }

    private static Project edited(Project p) {
        List<Indicator> list = new ArrayList<>(p.indicators());
        Indicator first = list.get(0);
        list.set(0, new Indicator(first.level1(), first.level2(), first.name(), "≥98%", null, null, null, null));
        list.add(2, Indicator.of("产出指标", "数量指标", "宣传次数", "≥5次"));
        list.removeIf(i -> "绿色节能环保".equals(i.name()));
        Funds f = p.funds();
        Funds funds = new Funds(new BigDecimal("16.50"), f.fiscal(), f.other(), new BigDecimal("16.50"),
                new BigDecimal("16.5"), f.carryover(), f.annualOther());
        return with(p, funds).withIndicators(list);
    }

    private static Project with(Project p, Funds funds) {
        return new Project(p.id(), p.name(), p.form(), p.department(), p.nature(), p.category(), p.start(), p.end(),
                funds, p.overallGoal(), p.annualGoal(), p.evaluation(), p.indicators());
    }

    @Test
    void withoutTheHiddenSheetAndWithRenamedSheetsTheDataStillComesBack() throws Exception {
        List<Path> books = ReadBack.fill(WUJING, dir.resolve("packs"));
        for (Path book : books) {
            try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                wb.removeSheetAt(wb.getSheetIndex("_jixiao"));
                for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                    wb.setSheetName(i, "表" + i);
                }
                try (OutputStream out = Files.newOutputStream(book)) {
                    wb.write(out);
                }
            }
        }
        UnaryOperator<Project> noId = p -> p.withId(null);
        assertEquals(ReadBack.text(ReadBack.mapProjects(ReadBack.expected(WUJING), noId)),
                ReadBack.text(ReadBack.mapProjects(ReadBack.read(0, dir.resolve("packs").toString()), noId)));
    }

    @Test
    void aTemplateTheOfficeEditedReadsWhatItFilled() throws Exception {
        Path template = dir.resolve("mubiao.xlsx");
        try (InputStream in = Files.newInputStream(Path.of("templates", "mubiao.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet form = wb.getSheet("表单");
            form.shiftRows(2, form.getLastRowNum(), 2, true, false);
            form.createRow(2).createCell(0).setCellValue("填报单位（盖章）：");
            form.createRow(3).createCell(0).setCellValue("联系人：");
            form.setColumnWidth(4, 50 * 256);
            try (OutputStream out = Files.newOutputStream(template)) {
                wb.write(out);
            }
        }
        Path packs = dir.resolve("edited-template");
        ReadBack.fill(WUJING, packs, "-t", template.toString());
        ReadBack.assertSame(ReadBack.expected(WUJING), ReadBack.read(0, packs.toString(), "-t", template.toString()));
    }

    @Test
    void anExistingOutputIsKeptWithoutForce() throws Exception {
        Path packs = dir.resolve("packs");
        ReadBack.fill(WUJING, packs);
        Path out = dir.resolve("回收.yaml");
        Files.writeString(out, "mine");
        var run = cn.jixiao.support.CliRun.of("--lang", "en", "read", packs.toString(), "-o", out.toString());
        assertEquals(2, run.exitCode());
        assertEquals("mine", Files.readString(out));
        assertEquals(0, cn.jixiao.support.CliRun.of("read", packs.toString(), "-o", out.toString(), "--force").exitCode());
        ReadBack.assertSame(ReadBack.expected(WUJING),
                new cn.jixiao.registry.RegistryIO().read(out));
    }

    private static int findRow(Sheet sheet, int col, String text) {
        for (Row r : sheet) {
            if (r.getCell(col) != null && text.equals(r.getCell(col).toString())) {
                return r.getRowNum();
            }
        }
        throw new AssertionError(text + " not found");
    }
}
