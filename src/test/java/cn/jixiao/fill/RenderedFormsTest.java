package cn.jixiao.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.LibreOffice;
import cn.jixiao.support.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a person sees: one filled workbook per family rendered to PDF by LibreOffice, its text
 * holding the title, project names, amounts as printed and indicators.
 */
class RenderedFormsTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        assumeTrue(LibreOffice.installed() && LibreOffice.onPath("pdftotext"),
                "LibreOffice and pdftotext are installed by .ci/run");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "wujing-2026-mubiao.yaml, 财政项目支出绩效目标表, 残保金抚恤金专项, 16.50, 残保金支付及时性",
        "jiuting-2026-shenbao.yaml, 财政项目支出绩效目标申报表, 公共图书经费, '15,500.00', '≥35000.00(册/年)'",
        "wujing-2022-ziping.yaml, 财政项目支出绩效自评表, 综合党委经费, 44.32, 两新党员参与度"})
    void theFormPrintsItsContent(String registry, String title, String project, String amount, String indicator)
            throws Exception {
        Path out = dir.resolve(registry);
        CliRun run = CliRun.of("fill", TestData.registry(registry).toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path book = Path.of(run.out().lines().findFirst().orElseThrow());
        String text = pdfText(book, out);
        for (String expected : List.of(title, project, amount, indicator)) {
            assertTrue(text.replaceAll("\\s+", "").contains(expected.replaceAll("\\s+", "")),
                    () -> "«" + expected + "» not in the rendered PDF of " + book.getFileName());
        }
    }

    private static String pdfText(Path book, Path out) throws IOException, InterruptedException {
        LibreOffice.convert(List.of(book), "pdf", out);
        Path pdf = out.resolve(book.getFileName().toString().replaceAll("\\.xlsx$", ".pdf"));
        Path txt = out.resolve("text.txt");
        LibreOffice.run(List.of("pdftotext", "-layout", pdf.toString(), txt.toString()));
        return Files.readString(txt, StandardCharsets.UTF_8);
    }
}
