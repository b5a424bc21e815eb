package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.registry.Funds;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.FilledBook;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The department's summary book from returned workbooks and registries. */
class RollupTest {

    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void pujiangFilledReadAndRolledUpHasEveryUnitProjectAndTheRegistrysTotals() throws Exception {
        Path registry = TestData.registry("pujiang-2024-mubiao.yaml");
        Path packs = dir.resolve("packs");
        ReadBack.fill(registry, packs);
        Path book = dir.resolve("汇总表.xlsx");
        Path json = dir.resolve("汇总.json");
        CliRun run = CliRun.of("rollup", packs.toString(), "-o", book.toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("16 个实施单位，104 个项目"), run.err());

        Registry r = new RegistryIO().read(registry);
        JsonNode out = JSON.readTree(json.toFile());
        assertEquals(104, out.get("summary").size());
        assertEquals(16, distinct(out.get("summary"), "unit"));
        for (String field : List.of("total", "annual_total", "appropriation", "carryover", "annual_other")) {
            BigDecimal expected = sum(r, fundsField(field));
            BigDecimal exported = BigDecimal.ZERO;
            for (JsonNode item : out.get("summary")) {
                if (item.hasNonNull(field)) {
                    exported = exported.add(item.get(field).decimalValue());
                }
            }
            assertEquals(0, expected.compareTo(exported), field);
        }
        try (FilledBook b = FilledBook.open(book)) {
            Sheet summary = b.workbook().getSheet("汇总");
            assertEquals("汇总", b.workbook().getSheetName(0));
            Row total = lastRow(summary);
            assertEquals("合计（104 个项目）", b.text(total.getCell(0)));
            Cell annual = total.getCell(7);
            assertEquals(CellType.FORMULA, annual.getCellType(), "a live total");
            assertTrue(annual.getCellFormula().startsWith("SUBTOTAL(9,"), annual.getCellFormula());
            assertEquals(sum(r, Funds::annualTotal).doubleValue(), annual.getNumericCellValue(), 1e-6);
            // POI computes the same from the formulas: unit subtotals are not counted twice.
            var evaluator = b.workbook().getCreationHelper().createFormulaEvaluator();
            assertEquals(sum(r, Funds::annualTotal).doubleValue(), evaluator.evaluate(annual).getNumberValue(), 1e-6);
            assertEquals(16, countRows(summary, "小计"));
            assertEquals(3 + 104, b.workbook().getNumberOfSheets(), "汇总, 指标明细, 问题清单 and every project's form"
                    + " (and no 回收情况 without --registry)");
            Sheet indicators = b.workbook().getSheet("指标明细");
            assertEquals(2 + 836, indicators.getLastRowNum() + 1, "title, header and one row per indicator");
        }
    }

    @Test
    void yuanAndWanYuanRolledUpTogetherAreConvertedExactly() throws Exception {
        Path jiuting = TestData.registry("jiuting-2026-shenbao.yaml");
        Path wujing = TestData.registry("wujing-2026-mubiao.yaml");
        ReadBack.fill(jiuting, dir.resolve("packs"));
        Path wan = dir.resolve("wan.json");
        CliRun run = CliRun.of("rollup", dir.resolve("packs").toString(), wujing.toString(),
                "-o", dir.resolve("万元.xlsx").toString(), "--json", wan.toString(), "--no-forms");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode w = JSON.readTree(wan.toFile());
        assertEquals("万元", w.get("money_unit").asText());
        assertEquals(0, new BigDecimal("110").compareTo(item(w, "党建工作及党群服务阵地建设展示").get("annual_total").decimalValue()),
                "1,100,000.00 元 is 110 万元");
        assertEquals(0, new BigDecimal("16.50").compareTo(item(w, "残保金抚恤金专项").get("annual_total").decimalValue()));

        Path yuan = dir.resolve("yuan.json");
        assertEquals(0, CliRun.of("rollup", dir.resolve("packs").toString(), wujing.toString(), "--money-unit", "元",
                "-o", dir.resolve("元.xlsx").toString(), "--json", yuan.toString(), "--no-forms").exitCode());
        JsonNode y = JSON.readTree(yuan.toFile());
        assertEquals(0, new BigDecimal("165000").compareTo(item(y, "残保金抚恤金专项").get("annual_total").decimalValue()));
        assertEquals(0, new BigDecimal("1100000").compareTo(item(y, "党建工作及党群服务阵地建设展示").get("annual_total").decimalValue()));
        try (FilledBook b = FilledBook.open(dir.resolve("元.xlsx"))) {
            b.find(b.workbook().getSheet("汇总"), "年度资金申请总额（元）");
        }
    }

    @Test
    void theJiutingAndXiduBooksHoldEveryProjectsForm() throws Exception {
        for (String name : List.of("jiuting-2026-shenbao.yaml", "xidu-2024-shenbao.yaml")) {
            Path registry = TestData.registry(name);
            Path book = dir.resolve(name + ".xlsx");
            CliRun run = CliRun.of("rollup", registry.toString(), "-o", book.toString());
            assertEquals(0, run.exitCode(), run.err());
            Registry r = new RegistryIO().read(registry);
            try (FilledBook b = FilledBook.open(book)) {
                assertEquals(r.title(), b.text(b.workbook().getSheet("汇总").getRow(0).getCell(0)), "the seed's title");
                List<Project> projects = r.projects().map(Registry.UnitProject::project).toList();
                for (int i = 0; i < projects.size(); i++) {
                    Sheet form = b.workbook().getSheetAt(3 + i);
                    assertEquals(projects.get(i).name(), b.text(b.rightOf(form, "项目名称")), "forms in the seed's order");
                    b.find(form, "财政项目支出绩效目标申报表");
                    b.find(form, "三级指标");
                }
            }
        }
    }

    /**
     * A summary template without jxls commands is not opened when it is found (see
     * TemplateNormalizer), so one POI cannot open is said when the book is opened: the same
     * message, exit 2, nothing written.
     */
    @Test
    void aBookTemplatePoiCannotOpenIsSaidAndNothingIsWritten() throws Exception {
        Path template = dir.resolve("坏模板.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(template))) {
            for (String[] part : new String[][] {{"[Content_Types].xml", "<Types/>"}, {"xl/workbook.xml", "<workbook/>"}}) {
                zip.putNextEntry(new java.util.zip.ZipEntry(part[0]));
                zip.write(part[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        CliRun run = CliRun.of("rollup", TestData.registry("jiuting-2026-shenbao.yaml").toString(),
                "--book-template", template.toString(), "-o", out.resolve("汇总表.xlsx").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("坏模板.xlsx") && run.err().contains("不是可用的 .xlsx 模板"), run.err());
        assertFalse(run.err().contains("Exception\n") || run.err().contains("\tat "), run.err());
        try (var left = Files.list(out)) {
            assertEquals(List.of(), left.toList(), "nothing written");
        }
    }

    @Test
    void pastTheLimitTheFormsAreLeftOutAndCounted() throws Exception {
        Path registry = TestData.registry("jiuting-2026-shenbao.yaml");
        Function<cn.jixiao.registry.FormFamily, cn.jixiao.template.TemplateSource> templates =
                f -> cn.jixiao.template.TemplateSource.resolve(f, null, null);
        Rollup.Options options = new Rollup.Options(cn.jixiao.registry.MoneyUnit.WAN_YUAN, null, null, true, templates,
                cn.jixiao.template.TemplateSource.resolve("huizong", cn.jixiao.template.RollupTemplate.FILE, null, null));
        cn.jixiao.read.WorkbookReader reader =
                new cn.jixiao.read.WorkbookReader(new cn.jixiao.read.TemplateMaps(templates));
        long projects = new RegistryIO().read(registry).projects().count();
        Path within = dir.resolve("within.xlsx");
        Path past = dir.resolve("past.xlsx");
        Rollup.Result kept = new Rollup(reader, options, (int) projects).run(List.of(registry), within, false, null, null, f -> { });
        Rollup.Result left = new Rollup(reader, options, (int) projects - 1).run(List.of(registry), past, false, null, null, f -> { });
        assertEquals(0, kept.formsOmitted());
        assertEquals(projects, left.formsOmitted());
        try (FilledBook a = FilledBook.open(within); FilledBook b = FilledBook.open(past)) {
            assertEquals(a.workbook().getNumberOfSheets() - projects, b.workbook().getNumberOfSheets(),
                    "the same book less one sheet per form");
            assertEquals(a.text(a.workbook().getSheet("汇总").getRow(0).getCell(0)),
                    b.text(b.workbook().getSheet("汇总").getRow(0).getCell(0)));
        }
    }

    @Test
    void aMissingUnitADuplicateAndAStaleReturnAreReported() throws Exception {
        Path sent = dir.resolve("sent.yaml");
        Files.copy(TestData.registry("wujing-2026-mubiao.yaml"), sent);
        List<Path> books = ReadBack.fill(sent, dir.resolve("packs"));
        Path returns = Files.createDirectories(dir.resolve("returns"));
        Files.copy(books.get(0), returns.resolve("第一次.xlsx"));
        Files.copy(books.get(0), returns.resolve("第二次.xlsx"));
        // The office corrected a target after the packs went out: the returns were filled from the old version.
        Files.writeString(sent, Files.readString(sent).replaceFirst("target: \"100%\"", "target: \"98%\""));

        CliRun status = CliRun.of("status", returns.toString(), "--registry", sent.toString());
        assertEquals(1, status.exitCode(), status.err());
        String out = status.out();
        assertTrue(out.contains("上海市闵行区吴淞镇社区党群服务中心") && out.contains("未交回"), out);
        assertTrue(out.contains("交回了多份"), out);
        assertTrue(out.contains("残保金抚恤金专项") && out.contains("旧版登记表"), out);
        assertFalse(out.contains("区域党建经费”（"), "only the project whose target changed is stale: " + out);

        Path book = dir.resolve("汇总表.xlsx");
        CliRun rollup = CliRun.of("rollup", returns.toString(), "--registry", sent.toString(), "-o", book.toString());
        assertEquals(0, rollup.exitCode(), rollup.err());
        try (FilledBook b = FilledBook.open(book)) {
            Sheet sheet = b.workbook().getSheet("回收情况");
            assertEquals("未交回", b.text(b.rightOf(sheet, "上海市闵行区吴淞镇社区党群服务中心")));
            assertEquals(4, countForms(b), "the duplicate counted once");
        }
    }

    @Test
    void csvCellsThatLookLikeFormulasAreEscaped() throws Exception {
        Path registry = dir.resolve("r.yaml");
        Files.writeString(registry, """
                year: 2026
                form: mubiao
                money_unit: 万元
                units:
                  - name: "=cmd|' /C calc'!A0"
                    projects:
                      - name: "+SUM(1,2)"
                        funds: {annual_total: -5}
                        indicators:
                          - {level1: 产出指标, level2: 数量指标, name: "@import", target: "-1"}
                """);
        Path csv = dir.resolve("csv");
        assertEquals(0, CliRun.of("rollup", registry.toString(), "-o", dir.resolve("b.xlsx").toString(),
                "--csv", csv.toString()).exitCode());
        String summary = Files.readString(csv.resolve("汇总.csv"));
        assertTrue(summary.contains("'=cmd|' /C calc'!A0") && summary.contains("\"'+SUM(1,2)\""), summary);
        assertTrue(summary.contains(",-5.00,"), "numbers stay numbers, money with two decimals: " + summary);
        String indicators = Files.readString(csv.resolve("指标明细.csv"));
        assertTrue(indicators.contains("'@import") && indicators.contains("'-1"), indicators);
    }

    @Test
    void selfEvaluationsRollUpWithRatesScoresGradesAndTheFindingsOfCheck() throws Exception {
        Path registry = TestData.registry("wujing-2022-ziping.yaml");
        Path packs = dir.resolve("zp");
        ReadBack.fill(registry, packs);
        Path book = dir.resolve("自评汇总表.xlsx");
        Path json = dir.resolve("zp.json");
        CliRun run = CliRun.of("rollup", packs.toString(), "-o", book.toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode rows = JSON.readTree(json.toFile()).get("self_evaluation");
        assertEquals(9, rows.size());
        JsonNode party = null;
        for (JsonNode row : rows) {
            if (row.get("name").asText().equals("综合党委经费")) {
                party = row;
            }
        }
        assertEquals(0, new BigDecimal("0.48").compareTo(party.get("rate").decimalValue()), "the stated 48%");
        assertEquals(0, new BigDecimal("93").compareTo(party.get("total_score").decimalValue()), "as stated on the form");
        assertEquals("优", party.get("grade").asText());
        try (FilledBook b = FilledBook.open(book)) {
            assertEquals("自评汇总", b.workbook().getSheetName(0));
            Sheet sheet = b.workbook().getSheet("自评汇总");
            Row unit = sheet.getRow(sheet.getLastRowNum() - 1);
            assertTrue(b.text(unit.getCell(0)).matches(".*9 个项目：金额为合计，总分为 \\d+ 个已评分项目的平均.*"),
                    "the row says what it sums and what it averages: " + b.text(unit.getCell(0)));
            String title = b.text(sheet.getRow(0).getCell(0));
            assertFalse(title.matches(".*自评.*自评.*"), "the title says 自评 once: " + title);
            assertTrue(unit.getCell(9).getCellFormula().startsWith("SUBTOTAL(1,"), "a live average");
            assertTrue(b.text(unit.getCell(10)).startsWith("优 "), b.text(unit.getCell(10)));
            Sheet findings = b.workbook().getSheet("问题清单");
            boolean rate = false;
            for (Row r : findings) {
                rate |= "执行率与资金不符".equals(b.text(r.getCell(1))) && b.text(r.getCell(3)).equals("综合党委经费")
                        && b.text(r.getCell(4)).contains("工作表“综合党委经费” 单元格 I6");
            }
            assertTrue(rate, "check's finding on the stated 执行率, with its cell in the returned workbook");
        }
    }

    private static int countForms(FilledBook b) {
        int n = 0;
        for (Sheet s : b.workbook()) {
            n += s.getSheetName().matches("汇总|指标明细|回收情况|自评汇总|问题清单|变更") ? 0 : 1;
        }
        return n;
    }

    private static JsonNode item(JsonNode book, String project) {
        for (JsonNode item : book.get("summary")) {
            if (item.get("name").asText().equals(project)) {
                return item;
            }
        }
        throw new AssertionError(project);
    }

    private static Function<Funds, BigDecimal> fundsField(String field) {
        return switch (field) {
            case "total" -> Funds::total;
            case "annual_total" -> Funds::annualTotal;
            case "appropriation" -> Funds::appropriation;
            case "carryover" -> Funds::carryover;
            default -> Funds::annualOther;
        };
    }

    private static BigDecimal sum(Registry r, Function<Funds, BigDecimal> field) {
        return r.projects().map(up -> up.project().funds()).filter(Objects::nonNull).map(field)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int distinct(JsonNode array, String field) {
        List<String> seen = new ArrayList<>();
        array.forEach(n -> {
            if (!seen.contains(n.get(field).asText())) {
                seen.add(n.get(field).asText());
            }
        });
        return seen.size();
    }

    private static Row lastRow(Sheet sheet) {
        return sheet.getRow(sheet.getLastRowNum());
    }

    private static int countRows(Sheet sheet, String text) {
        int n = 0;
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            n += c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().contains(text) ? 1 : 0;
        }
        return n;
    }
}
