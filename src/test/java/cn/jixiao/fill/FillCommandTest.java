package cn.jixiao.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Ids;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.FilledBook;
import cn.jixiao.support.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FillCommandTest {

    @TempDir
    Path out;

    private final RegistryIO io = new RegistryIO();

    static List<Path> registries() {
        return TestData.registries();
    }

    private List<Path> fill(String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().map(Path::of).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registries")
    void everyProjectSheetHoldsWhatTheRegistrySays(Path file) throws IOException {
        Registry registry = Ids.assign(io.read(file));
        List<Path> books = fill("fill", file.toString(), "-o", out.toString());
        assertEquals(registry.units().size(), books.size(), "one workbook per implementing unit");
        Map<String, Project> byId = registry.projects().map(Registry.UnitProject::project)
                .collect(Collectors.toMap(Project::id, Function.identity()));
        int sheets = 0;
        for (Path book : books) {
            try (FilledBook b = FilledBook.open(book)) {
                assertEquals("目录", b.workbook().getSheetName(0));
                assertEquals(SheetVisibility.HIDDEN, b.workbook().getSheetVisibility(b.workbook().getSheetIndex("_jixiao")));
                for (Map.Entry<String, String> e : b.projectSheets().entrySet()) {
                    Project p = byId.get(e.getValue());
                    assertNotNull(p, e.getValue());
                    assertProjectSheet(b, b.workbook().getSheet(e.getKey()), p, registry.formOf(p));
                    sheets++;
                }
            }
        }
        assertEquals(byId.size(), sheets, "one sheet per project");
    }

    private void assertProjectSheet(FilledBook b, Sheet sheet, Project p, FormFamily family) {
        String where = sheet.getSheetName();
        assertEquals(p.name(), b.rightOf(sheet, "项目名称").getStringCellValue(), where);
        if (p.department() != null) {
            assertEquals(p.department(), b.rightOf(sheet, "主管部门").getStringCellValue(), where);
        }
        if (family != FormFamily.ZIPING && p.funds() != null && p.funds().annualTotal() != null) {
            Cell annual = b.rightOf(sheet, "年度资金申请总额");
            assertEquals(0, p.funds().annualTotal().compareTo(BigDecimal.valueOf(annual.getNumericCellValue())), where);
            assertEquals(Math.max(2, p.funds().annualTotal().scale()),
                    decimalsShown(b.text(annual)), where + ": amount shows two decimals, or more when written with more");
        }
        CellAddress header = b.find(sheet, "三级指标");
        int nameCol = header.getColumn();
        int targetCol = family == FormFamily.SHENBAO ? nameCol + 2 : nameCol + 1;
        for (int k = 0; k < p.indicators().size(); k++) {
            Indicator i = p.indicators().get(k);
            String name = b.text(b.cell(sheet, header.getRow() + 1 + k, nameCol));
            String expectedName = i.name() == null ? "" : i.name();
            if (family == FormFamily.MUBIAO) {
                name = name.replaceFirst("^指标\\d+：", "");
            }
            assertEquals(expectedName, name, where + " indicator " + k);
            assertEquals(i.target() == null ? "" : i.target(),
                    b.text(b.cell(sheet, header.getRow() + 1 + k, targetCol)), where + " target " + k);
        }
    }

    private static int decimalsShown(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? 0 : text.length() - dot - 1;
    }

    @Test
    void theTocListsProjectsWithLiveTotalsAndLinks() throws IOException {
        Path book = fill("fill", TestData.registry("jiuting-2026-shenbao.yaml").toString(), "-o", out.toString()).get(0);
        try (FilledBook b = FilledBook.open(book)) {
            Sheet toc = b.workbook().getSheet("目录");
            CellAddress total = b.find(toc, "合计");
            Cell annualSum = b.cell(toc, total.getRow(), b.find(toc, "年度资金申请总额").getColumn());
            assertEquals(CellType.FORMULA, annualSum.getCellType());
            assertEquals("SUM(F4:F8)", annualSum.getCellFormula());
            assertEquals(2_000_000.00, annualSum.getNumericCellValue(), 0.001, "cached value for readers without a calc engine");
            Cell first = b.cell(toc, 3, b.find(toc, "项目名称").getColumn());
            assertEquals("党建工作及党群服务阵地建设展示", first.getStringCellValue());
            assertEquals("'党建工作及党群服务阵地建设展示'!A1", first.getHyperlink().getAddress());
            assertTrue(toc.getProtect(), "the 目录 sheet is locked");
        }
    }

    @Test
    void registryTextIsWrittenLiterallyAndNamesAreSafe() throws IOException {
        Path registry = out.resolve("hostile.yaml");
        Files.writeString(registry, """
                year: 2024
                form: mubiao
                money_unit: 万元
                units:
                  - name: ../../etc/单位:名*称?
                    projects:
                      - name: "=HYPERLINK(\\"http://x\\",\\"点我\\")"
                        department: "${p.name}"
                        overall_goal: "$[SUM(A1)]"
                        indicators:
                          - {level1: 产出指标, level2: 数量指标, name: "#{1+1}", target: "=1+1"}
                      - name: "a/b:c*d?e[f]g 超过三十一个字符的非常非常非常非常非常长的项目名称"
                """);
        Path dir = out.resolve("packs");
        List<Path> books = fill("fill", registry.toString(), "-o", dir.toString());
        assertEquals(1, books.size());
        Path book = books.get(0);
        assertEquals(dir, book.getParent(), "stays inside the output folder");
        assertFalse(book.getFileName().toString().contains("/") || book.getFileName().toString().contains(".."));
        try (FilledBook b = FilledBook.open(book)) {
            List<String> names = List.copyOf(b.projectSheets().keySet());
            Sheet first = b.workbook().getSheet(names.get(0));
            Cell name = b.rightOf(first, "项目名称");
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals("=HYPERLINK(\"http://x\",\"点我\")", name.getStringCellValue());
            assertEquals("${p.name}", b.rightOf(first, "主管部门").getStringCellValue());
            assertTrue(Stream.of(b.text(b.cell(first, b.find(first, "三级指标").getRow() + 1, 4))).allMatch("=1+1"::equals));
            String second = names.get(1);
            assertTrue(second.length() <= 31 && !second.matches(".*[\\[\\]:*?/\\\\].*"), second);
        }
    }

    @Test
    void anExistingFileIsKeptWithoutForce() throws IOException {
        String registry = TestData.registry("xidu-2024-shenbao.yaml").toString();
        Path book = fill("fill", registry, "-o", out.toString()).get(0);
        Files.writeString(book, "mine");
        CliRun again = CliRun.of("fill", registry, "-o", out.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals("mine", Files.readString(book), "not overwritten");
        assertEquals(book, fill("fill", registry, "-o", out.toString(), "--force").get(0));
        assertTrue(Files.size(book) > 1000);
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void byProjectAndSingleGroupings() {
        String registry = TestData.registry("wujing-2026-mubiao.yaml").toString();
        assertEquals(5, fill("fill", registry, "-o", out.resolve("p").toString(), "--by", "project").size());
        assertEquals(1, fill("fill", registry, "-o", out.resolve("s").toString(), "--single").size());
        assertEquals(2, CliRun.of("fill", registry, "-o", out.toString(), "--by", "town").exitCode());
    }

    @Test
    void singleWritesTheSummaryBookOfTheSeedsUnderItsTitle() throws IOException {
        Path book = fill("fill", TestData.registry("jiuting-2026-shenbao.yaml").toString(), "-o", out.toString(),
                "--single").get(0);
        assertEquals("上海市松江区九亭镇社区党群服务中心 2026 年度项目绩效目标汇总表.xlsx", book.getFileName().toString());
        try (FilledBook b = FilledBook.open(book)) {
            Sheet toc = b.workbook().getSheetAt(0);
            assertEquals("目录", toc.getSheetName());
            assertEquals("上海市松江区九亭镇社区党群服务中心 2026 年度项目绩效目标汇总表", b.text(toc.getRow(0).getCell(0)));
            assertEquals(List.of("党建工作及党群服务阵地建设展示", "公共图书经费", "群文经费", "群体经费", "文化创作与保护"),
                    List.copyOf(b.projectSheets().keySet()), "every project's form, in the seed's order");
        }
    }
}
