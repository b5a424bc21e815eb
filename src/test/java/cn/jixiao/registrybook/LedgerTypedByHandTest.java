package cn.jixiao.registrybook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.TestData;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A registry workbook as an office edits it in Excel: dates typed as dates, a project name pasted twice. */
class LedgerTypedByHandTest {

    @TempDir
    Path dir;

    private Path exported(String registry) {
        Path book = dir.resolve("登记表.xlsx");
        assertEquals(0, CliRun.of("registry", "export", TestData.registry(registry).toString(), "-o", book.toString())
                .exitCode());
        return book;
    }

    private interface Edit {
        void apply(XSSFWorkbook wb, XSSFSheet projects);
    }

    private static void edit(Path book, Edit edit) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(book)) {
            wb = new XSSFWorkbook(in);
        }
        edit.apply(wb, wb.getSheet("项目"));
        try (OutputStream out = Files.newOutputStream(book)) {
            wb.write(out);
        }
        wb.close();
    }

    @Test
    void aDateTypedInExcelReadsAsADateInTheRegistrysStyle() throws Exception {
        Path book = exported("pujiang-2024-mubiao.yaml"); // its dates are written 2024.01.01
        edit(book, (wb, projects) -> {
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd h:mm:ss"));
            Cell start = projects.getRow(1).createCell(7); // 计划开始日期, H2
            start.setCellValue(LocalDate.of(2024, 3, 1));
            start.setCellStyle(dateTime);
        });
        CliRun back = CliRun.of("registry", "import", book.toString());
        assertEquals(0, back.exitCode(), back.err());
        assertTrue(back.out().matches("(?s).*start: \"?2024\\.03\\.01\"?\n.*"), back.out());
        assertFalse(back.out().contains("0:00:00"), back.out());
        Path packs = dir.resolve("packs");
        assertEquals(0, CliRun.of("fill", book.toString(), "-o", packs.toString()).exitCode());
        try (var files = Files.list(packs)) {
            for (Path pack : files.toList()) {
                try (InputStream in = Files.newInputStream(pack); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    DataFormatter f = new DataFormatter();
                    for (Sheet s : wb) {
                        for (Row r : s) {
                            for (Cell c : r) {
                                assertFalse(f.formatCellValue(c).contains("0:00:00"), pack + " " + s.getSheetName());
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aProjectNamePastedTwiceInOneUnitNamesBothRows() throws Exception {
        Path book = exported("wujing-2026-mubiao.yaml");
        edit(book, (wb, projects) -> {
            projects.getRow(2).getCell(2).setCellValue(projects.getRow(1).getCell(2).getStringCellValue());
            projects.getRow(2).getCell(0).setBlank();
            projects.getRow(1).getCell(0).setBlank();
        });
        for (List<String> command : List.of(List.of("stats", book.toString()), List.of("registry", "import", book.toString()),
                List.of("check", book.toString()))) {
            CliRun run = CliRun.of(command.toArray(String[]::new));
            assertEquals(2, run.exitCode(), command + run.out() + run.err());
            String all = run.out() + run.err();
            assertTrue(all.contains("工作表“项目”第 2 行") && all.contains("第 3 行"), all);
        }
    }

    /**
     * A registry workbook whose 项目 sheet was deleted is read as any workbook given to check is
     * (no form found), not rejected as a broken registry: an .xlsx is told a registry by its
     * sheets 登记表 and 项目 both, whether it is opened once or looked at first by its sheet names.
     */
    @Test
    void aRegistryWorkbookWithoutItsProjectSheetIsReadAsAWorkbookAsBefore() throws Exception {
        Path book = exported("wujing-2026-mubiao.yaml");
        edit(book, (wb, projects) -> wb.removeSheetAt(wb.getSheetIndex(projects)));
        assertFalse(LedgerReader.isLedger(book));
        try (cn.jixiao.grid.LoadedWorkbook opened = cn.jixiao.grid.WorkbookFiles.open(book)) {
            assertFalse(LedgerReader.isLedger(opened));
        }
        CliRun run = CliRun.of("check", book.toString());
        String all = run.out() + run.err();
        assertTrue(all.contains("没有找到绩效表单") && !all.contains("不是 jixiao 登记表工作簿"), all);
    }
}
