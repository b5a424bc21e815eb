package cn.jixiao.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.FilledBook;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finding means one thing wherever it is shown: check's terminal and JSON, and the summary book's 问题清单. */
class OneMeaningTest {

    @TempDir
    Path dir;

    @Test
    void aNonNumericAmountIsTheSameErrorWithUnitAndProjectInCheckAndInTheSummarysFindings() throws Exception {
        List<Path> books = ReadBack.fill(TestData.registry("jiuting-2026-shenbao.yaml"), dir.resolve("packs"));
        try (InputStream in = Files.newInputStream(books.get(0)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.getSheet("公共图书经费").getRow(6).getCell(5).setCellValue("一万五千五"); // 其中：当年财政拨款, F7
            try (OutputStream out = Files.newOutputStream(books.get(0))) {
                wb.write(out);
            }
        }
        CliRun check = CliRun.of("check", dir.resolve("packs").toString(), "--format", "json");
        assertEquals(1, check.exitCode(), check.err());
        JsonNode found = null;
        for (JsonNode f : new ObjectMapper().readTree(check.out()).get("findings")) {
            if ("F7".equals(f.path("cell").asText())) {
                found = f;
            }
        }
        assertEquals("error", found.get("severity").asText(), check.out());
        assertEquals("value.notANumber", found.get("rule").asText());

        Path book = dir.resolve("汇总表.xlsx");
        CliRun rollup = CliRun.of("rollup", dir.resolve("packs").toString(), "-o", book.toString(), "--no-forms");
        assertEquals(0, rollup.exitCode(), rollup.err());
        List<String> rows = new ArrayList<>();
        try (FilledBook b = FilledBook.open(book)) {
            for (Row r : b.workbook().getSheet("问题清单")) {
                if (b.text(r.getCell(4)).contains("单元格 F7")) {
                    rows.add(b.text(r.getCell(0)) + "|" + b.text(r.getCell(1)) + "|" + b.text(r.getCell(2)) + "|"
                            + b.text(r.getCell(3)));
                }
            }
        }
        assertEquals(List.of("错误|value.notANumber|" + found.get("unit").asText() + "|" + found.get("project").asText()),
                rows, "the same severity, rule, unit and project as check");
        assertEquals("公共图书经费", found.get("project").asText());
        assertTrue(found.get("unit").asText().contains("九亭镇"), found.toString());
    }
}
