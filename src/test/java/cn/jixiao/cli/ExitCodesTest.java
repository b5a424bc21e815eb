package cn.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.BadFiles;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for every command: 0 done, 1 the checks found errors (or returns are incomplete), 2 the
 * input could not be read or the command was used wrongly.
 */
class ExitCodesTest {

    @TempDir
    Path dir;

    Path word;
    Path folderWithWord;
    Path tabs;
    String sent = TestData.registry("wujing-2026-mubiao.yaml").toString();

    @BeforeEach
    void badFiles() throws Exception {
        word = BadFiles.wordDocument(dir.resolve("目标表.xlsx"));
        folderWithWord = dir.resolve("交回");
        BadFiles.wordDocument(folderWithWord.resolve("九亭镇.xlsx"));
        tabs = BadFiles.tabIndentedRegistry(dir.resolve("登记表.yaml"));
    }

    private static void exits(int code, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(code, run.exitCode(), String.join(" ", args) + "\n" + run.out() + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void checkExits2OnAnUnreadableRegistryOrAFolderWithAWordFile() {
        exits(2, "check", tabs.toString());
        exits(2, "check", word.toString());
        exits(2, "check", folderWithWord.toString());
        exits(1, "check", TestData.registry("wujing-2022-ziping.yaml").toString());
        exits(0, "check", "src/main/resources/cn/jixiao/workspace/登记表.yaml"); // the example init writes
    }

    @Test
    void rollupOfOnlyUnreadableFilesSaysWhichAndWhy() {
        CliRun run = CliRun.of("rollup", folderWithWord.toString(), "-o", dir.resolve("汇总表.xlsx").toString());
        assertEquals(2, run.exitCode(), run.err());
        // Not only "nothing was read": the file and the reason, as read and check give them.
        assertTrue(run.err().contains("九亭镇.xlsx") && run.err().contains("Word"), run.err());
        assertFalse(Files.exists(dir.resolve("汇总表.xlsx")));
    }

    @Test
    void checkWritesNoReportWhenTheRegistryCouldNotBeRead() {
        Path html = dir.resolve("报告.html");
        exits(2, "check", tabs.toString(), "--html", html.toString());
        assertFalse(Files.exists(html), "a report on nothing is no report");
    }

    @Test
    void everyCommandReadingAFileExits2WhenItCannotBeRead() {
        exits(2, "stats", tabs.toString());
        exits(2, "fill", tabs.toString(), "-o", dir.resolve("packs").toString());
        exits(2, "read", folderWithWord.toString());
        exits(2, "rollup", folderWithWord.toString(), "-o", dir.resolve("汇总表.xlsx").toString());
        exits(2, "status", folderWithWord.toString(), "--registry", sent);
        exits(2, "diff", sent, folderWithWord.toString());
        exits(2, "diff", tabs.toString(), folderWithWord.toString());
        exits(2, "registry", "export", tabs.toString(), "-o", dir.resolve("e.xlsx").toString());
        exits(2, "registry", "import", word.toString());
        exits(2, "derive", "next-year", tabs.toString(), "-o", dir.resolve("n.yaml").toString());
        exits(2, "derive", "ziping", tabs.toString(), "-o", dir.resolve("z.yaml").toString());
    }

    @Test
    void everyCommandExits2OnAnUnknownOption() {
        for (List<String> command : List.of(List.of("stats"), List.of("fill"), List.of("read"), List.of("rollup"),
                List.of("status"), List.of("check"), List.of("diff"), List.of("demo"), List.of("registry", "export"),
                List.of("registry", "import"), List.of("init"), List.of("derive", "ziping"),
                List.of("derive", "next-year"), List.of("templates"))) {
            String[] args = new java.util.ArrayList<>(command) {{
                add("--no-such-option");
            }}.toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertEquals(2, run.exitCode(), command + run.err());
            assertFalse(run.err().isBlank(), command + " says what was wrong");
        }
    }
}
