package cn.jixiao.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.InFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a working folder every command may be run again: it replaces its own outputs (named in
 * jixiao.yaml), and status and diff need no arguments either.
 */
class WorkspaceRerunTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandRunsTwiceInAWorkingFolderAndStatusAndDiffNeedNoArguments() throws Exception {
        Path ws = dir.resolve("工作目录");
        assertEquals(0, CliRun.of("init", ws.toString()).exitCode());
        List<CliRun> first = InFolder.script(ws, List.of(a("check"), a("check"), a("fill"), a("fill")));
        for (CliRun run : first) {
            assertEquals(0, run.exitCode(), run.out());
        }
        // With no arguments, check says what it checked (the registry, before anything came back) and where its report is.
        assertTrue(first.get(0).out().contains("登记表.yaml") && first.get(0).out().contains("5-审核报告.html"),
                first.get(0).out());
        Path pack;
        try (Stream<Path> packs = Files.list(ws.resolve("1-填报"))) {
            pack = packs.findFirst().orElseThrow();
        }
        Files.copy(pack, ws.resolve("2-交回").resolve(pack.getFileName()));
        List<CliRun> runs = InFolder.script(ws, List.of(a("read"), a("read"), a("rollup"), a("rollup"), a("check"),
                a("check"), a("status"), a("diff")));
        for (CliRun run : runs.subList(0, 6)) {
            assertEquals(0, run.exitCode(), run.out());
        }
        CliRun status = runs.get(6);
        assertTrue(status.exitCode() < 2, status.out());
        assertTrue(status.out().contains("实施单位") && !status.out().contains("Missing"), status.out());
        CliRun diff = runs.get(7);
        assertEquals(0, diff.exitCode(), diff.out());
        assertFalse(diff.out().contains("Missing"), diff.out());
    }

    @Test
    void anOutputNamedOnTheCommandLineIsStillKeptWithoutForce() throws Exception {
        Path mine = dir.resolve("我的汇总.yaml");
        Files.writeString(mine, "别人的文件");
        CliRun run = CliRun.of("read", dir.toString(), "-o", mine.toString());
        assertEquals(2, run.exitCode());
        assertEquals("别人的文件", Files.readString(mine));
        assertTrue(CliRun.of("check", "--help").out().contains("jixiao.yaml"), "--help says which outputs are replaced");
    }

    private static String[] a(String... args) {
        return args;
    }
}
