package cn.jixiao.registrybook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.registry.Registry;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.FilledBook;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A registry kept as a workbook: YAML → workbook → YAML is exact, and every command takes the workbook. */
class LedgerRoundTripTest {

    @TempDir
    Path dir;

    static List<Path> registries() {
        return TestData.registries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registries")
    void yamlToWorkbookToYamlIsExact(Path registry) {
        Path book = dir.resolve("登记表.xlsx");
        assertEquals(0, CliRun.of("registry", "export", registry.toString(), "-o", book.toString()).exitCode());
        CliRun back = CliRun.of("registry", "import", book.toString());
        assertEquals(0, back.exitCode(), back.err());
        RegistryIO io = new RegistryIO();
        Registry expected = io.read(registry);
        assertEquals(ReadBack.text(expected), ReadBack.text(io.parse(back.out(), cn.jixiao.registry.RegistryFormat.YAML, "x")));
    }

    @Test
    void theWorkbookHasChineseHeadersAndEveryCommandTakesIt() throws Exception {
        Path book = dir.resolve("登记表.xlsx");
        Path registry = TestData.registry("wujing-2022-ziping.yaml");
        assertEquals(0, CliRun.of("registry", "export", registry.toString(), "-o", book.toString()).exitCode());
        try (FilledBook b = FilledBook.open(book)) {
            b.find(b.workbook().getSheet("项目"), "年度资金申请总额");
            b.find(b.workbook().getSheet("指标"), "一级指标");
            b.find(b.workbook().getSheet("自评"), "执行率");
            assertEquals(1, b.workbook().getSheet("指标").getPaneInformation().getHorizontalSplitPosition());
        }
        assertEquals(0, CliRun.of("stats", book.toString()).exitCode());
        assertEquals(0, CliRun.of("fill", book.toString(), "-o", dir.resolve("packs").toString()).exitCode());
        CliRun check = CliRun.of("check", book.toString());
        assertTrue(check.out().contains("[eval.rate]"), check.out());
        assertEquals(0, CliRun.of("diff", book.toString(), dir.resolve("packs").toString()).exitCode());
    }
}
