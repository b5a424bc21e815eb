package cn.jixiao.read;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.jixiao.support.LibreOffice;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registry in test-data comes back exactly from its filled workbooks, as filled and as re-saved. */
class ReadRoundTripTest {

    @TempDir
    Path dir;

    static List<Path> registries() {
        return TestData.registries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registries")
    void fillThenReadGivesTheRegistryBack(Path registry) {
        Path packs = dir.resolve("packs");
        ReadBack.fill(registry, packs);
        ReadBack.assertSame(ReadBack.expected(registry), ReadBack.read(0, packs.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registries")
    void theSameAfterLibreOfficeSavedThePacksAsXlsxAndAsXls(Path registry) throws Exception {
        assumeTrue(LibreOffice.installed(), "LibreOffice is installed by .ci/run");
        List<Path> books = ReadBack.fill(registry, dir.resolve("packs"));
        for (String format : List.of("xlsx", "xls")) {
            Path resaved = dir.resolve("resaved-" + format);
            LibreOffice.convert(books, format, resaved);
            ReadBack.assertSame(ReadBack.expected(registry), ReadBack.read(0, resaved.toString()));
        }
    }
}
