package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.FilledBook;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 变更 sheet keeps amounts as numbers, so that they can be summed and filtered in Excel. */
class ChangeSheetNumbersTest {

    @TempDir
    Path dir;

    @Test
    void anAmountChangedByAUnitIsANumberOnTheChangeSheet() throws Exception {
        Path sent = TestData.registry("jiuting-2026-shenbao.yaml");
        Path returns = dir.resolve("交回");
        List<Path> books = ReadBack.fill(sent, returns);
        try (InputStream in = Files.newInputStream(books.get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("公共图书经费").getRow(7).getCell(5).setCellValue(100); // 上年结转资金
            try (OutputStream out = Files.newOutputStream(books.get(0))) {
                wb.write(out);
            }
        }
        Path book = dir.resolve("汇总表.xlsx");
        CliRun run = CliRun.of("rollup", returns.toString(), "--registry", sent.toString(), "-o", book.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (FilledBook b = FilledBook.open(book)) {
            List<CellType> types = new ArrayList<>();
            for (Row r : b.workbook().getSheet("变更")) {
                boolean amount = false;
                for (Cell c : r) {
                    amount |= c.getCellType() == CellType.STRING && c.getStringCellValue().contains("上年结转资金");
                }
                if (amount) {
                    for (Cell c : r) {
                        if (c.getColumnIndex() > 3 && c.getCellType() != CellType.BLANK) {
                            types.add(c.getCellType());
                        }
                    }
                }
            }
            assertTrue(types.size() >= 3 && types.stream().allMatch(t -> t == CellType.NUMERIC),
                    "before, after and difference as numbers: " + types);
        }
    }

    @Test
    void aChangeSheetWithNothingChangedSaysSo() throws Exception {
        Path sent = TestData.registry("xidu-2024-shenbao.yaml");
        Path returns = dir.resolve("原样交回");
        ReadBack.fill(sent, returns);
        Path book = dir.resolve("无变更.xlsx");
        CliRun run = CliRun.of("rollup", returns.toString(), "--registry", sent.toString(), "-o", book.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (FilledBook b = FilledBook.open(book)) {
            List<String> texts = new ArrayList<>();
            for (Row r : b.workbook().getSheet("变更")) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.STRING) {
                        texts.add(c.getStringCellValue());
                    }
                }
            }
            assertTrue(texts.contains(ChangeRows.NONE), "the sheet says nothing was changed: " + texts);
        }
    }
}
