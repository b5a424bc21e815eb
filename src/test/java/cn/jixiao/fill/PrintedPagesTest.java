package cn.jixiao.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.LibreOffice;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The printed page is the official form, whole: rendered to PDF by LibreOffice, every cell's text
 * appears uncut (rows are as tall as their wrapped text) and the check columns beside a 自评表 do
 * not print. pdftotext -raw gives the text in the order it was drawn, a cell's lines together.
 */
class PrintedPagesTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        assumeTrue(LibreOffice.installed() && LibreOffice.onPath("pdftotext"), "LibreOffice and pdftotext are installed");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wujing-2026-mubiao.yaml", "jiuting-2026-shenbao.yaml", "wujing-2022-ziping.yaml"})
    void aPackPrintsItsFormsWholeAndNoHelperColumns(String registry) throws Exception {
        StringBuilder all = new StringBuilder();
        for (Path pack : ReadBack.fill(TestData.registry(registry), dir.resolve("packs"))) {
            all.append(pdfText(pack));
        }
        String text = all.toString();
        for (String helper : List.of("核算执行率", "核算得分", "核算总分", "建议得分", "不打印")) {
            assertFalse(text.contains(helper), helper + " printed from " + registry);
        }
        Registry r = new RegistryIO().read(TestData.registry(registry));
        for (Project p : r.projects().map(Registry.UnitProject::project).toList()) {
            assertWhole(text, p.name());
            assertWhole(text, p.annualGoal());
            assertWhole(text, p.evaluation() == null ? null : p.evaluation().expected());
            p.indicators().forEach(i -> assertWhole(text, i.name()));
        }
    }

    @Test
    void thePujiangSummaryBookPrintsEveryPlanPeriodAndFindingWhole() throws Exception {
        Path registry = TestData.registry("pujiang-2024-mubiao.yaml");
        Path book = dir.resolve("浦江镇汇总表.xlsx");
        CliRun run = CliRun.of("rollup", registry.toString(), "-o", book.toString(), "--no-forms");
        assertEquals(0, run.exitCode(), run.err());
        String text = pdfText(book);
        Registry r = new RegistryIO().read(registry);
        for (Project p : r.projects().map(Registry.UnitProject::project).toList()) {
            if (p.start() != null && p.end() != null) {
                assertWhole(text, p.start() + "–" + p.end());
            }
        }
        CliRun check = CliRun.of("check", registry.toString(), "--format", "json");
        var findings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(check.out()).get("findings");
        assertTrue(findings.size() > 0, "the Pujiang book has findings to print");
        for (var f : findings) {
            assertWhole(text, f.get("message").asText());
        }
        assertFalse(text.contains("header.departmentIsName"), "rule ids are not printed");
        assertTrue(text.contains("主管部门填成项目名称"), "the rule's readable name is");
    }

    private static void assertWhole(String text, String cell) {
        if (cell != null && !cell.isBlank()) {
            assertTrue(text.contains(cell.replaceAll("\\s+", "")), () -> "«" + cell + "» is not printed whole");
        }
    }

    private String pdfText(Path book) throws Exception {
        Path out = dir.resolve("pdf");
        LibreOffice.convert(List.of(book), "pdf", out);
        Path pdf = out.resolve(book.getFileName().toString().replaceAll("\\.xlsx$", ".pdf"));
        Path txt = out.resolve(book.getFileName() + ".txt");
        LibreOffice.run(List.of("pdftotext", "-raw", pdf.toString(), txt.toString()));
        return Files.readString(txt, StandardCharsets.UTF_8).replaceAll("\\s+", "");
    }
}
