package cn.jixiao.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.InFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jixiao init makes a folder in which fill, read, rollup and check run with no arguments. */
class InitTest {

    @TempDir
    Path dir;

    @Test
    void insideAnInitialisedFolderTheCommandsNeedNoArguments() throws Exception {
        Path ws = dir.resolve("工作目录");
        assertEquals(0, CliRun.of("init", ws.toString()).exitCode());
        for (String f : List.of("jixiao.yaml", "登记表.yaml", "templates/mubiao.xlsx", "templates/huizong.xlsx")) {
            assertTrue(Files.exists(ws.resolve(f)), f);
        }
        assertTrue(Files.readString(ws.resolve("登记表.yaml")).contains("# 项目名称"), "the example explains itself");

        assertEquals(0, jixiao(ws, "check"), "the registry being sent is checked before anything comes back");
        assertEquals(0, jixiao(ws, "fill"));
        Path pack;
        try (Stream<Path> packs = Files.list(ws.resolve("1-填报"))) {
            pack = packs.findFirst().orElseThrow();
        }
        Files.copy(pack, ws.resolve("2-交回").resolve(pack.getFileName()));
        assertEquals(0, jixiao(ws, "read"));
        assertTrue(Files.readString(ws.resolve("3-读回.yaml")).contains("党建工作经费"));
        assertEquals(0, jixiao(ws, "rollup"));
        assertTrue(Files.size(ws.resolve("4-汇总表.xlsx")) > 0);
        assertEquals(0, jixiao(ws, "check"), "check replaces its own report in the working folder");
        assertTrue(Files.exists(ws.resolve("5-审核报告.html")));
        assertEquals(2, CliRun.of("init", ws.toString()).exitCode(), "an existing folder is kept without --force");
    }

    @Test
    void withoutArgumentsOrAWorkingFolderTheMessageSaysWhatToDo() {
        CliRun run = CliRun.of("read");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("jixiao init"), run.err());
    }

    /** Runs jixiao in a folder, as a person would after cd. */
    private static int jixiao(Path folder, String... args) throws IOException, InterruptedException {
        return InFolder.run(folder, args).exitCode();
    }
}
