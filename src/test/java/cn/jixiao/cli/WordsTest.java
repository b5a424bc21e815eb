package cn.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.BadFiles;
import cn.jixiao.support.CliRun;
import cn.jixiao.support.ReadBack;
import cn.jixiao.support.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What jixiao says, in words a finance officer reads: no English leaking into Chinese, honest counts, useful help. */
class WordsTest {

    @TempDir
    Path dir;

    @Test
    void aWordDocumentRenamedXlsxIsCalledAWordDocument() throws Exception {
        Path word = BadFiles.wordDocument(dir.resolve("交回").resolve("九亭镇.xlsx"));
        for (CliRun run : List.of(CliRun.of("check", word.toString()), CliRun.of("read", dir.resolve("交回").toString()),
                CliRun.of("fill", word.toString(), "-o", dir.resolve("p").toString()))) {
            String all = run.out() + run.err();
            assertTrue(all.contains("Word 文档"), all);
            assertFalse(all.matches("(?s).*[a-z]{3,} [a-z]{3,}.*"), "no English words: " + all);
        }
    }

    @Test
    void aTabInAYamlRegistryIsExplainedInChinese() throws Exception {
        CliRun run = CliRun.of("stats", BadFiles.tabIndentedRegistry(dir.resolve("登记表.yaml")).toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Tab") && run.err().contains("空格"), run.err());
        assertFalse(run.err().contains("scanning") || run.err().contains("（）"), run.err());
        // The tab is at the start of line 5: the message sends the officer there, not to the line above.
        assertTrue(run.err().contains("第 5 行第 1 列"), run.err());
    }

    @Test
    void englishSaysOneUnitNotOneUnits() {
        CliRun run = CliRun.of("--lang", "en", "stats", "src/main/resources/cn/jixiao/workspace/登记表.yaml");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 unit,") || run.out().contains("1 unit "), run.out());
        assertFalse(run.out().contains("1 units") || run.out().contains("(s)"), run.out());
    }

    @Test
    void readCountsTheFilesItCouldNotRead() throws Exception {
        Path returns = dir.resolve("交回");
        ReadBack.fill(TestData.registry("wujing-2026-mubiao.yaml"), returns);
        BadFiles.wordDocument(returns.resolve("坏的.xlsx"));
        CliRun run = CliRun.of("read", returns.toString(), "-o", dir.resolve("读回.yaml").toString());
        assertEquals(2, run.exitCode());
        long files;
        try (var s = Files.list(returns)) {
            files = s.count();
        }
        assertTrue(run.err().contains("1 个未能读取") && run.err().contains("已读取 " + (files - 1) + " 个文件"), run.err());
    }

    @Test
    void everyCommandsHelpEndsWithItsOwnExample() {
        Set<String> examples = new HashSet<>();
        List<List<String>> commands = new java.util.ArrayList<>();
        commandsUnder(Cli.create(new Env(cn.jixiao.i18n.Messages.chinese(), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), false)), List.of(), commands);
        assertTrue(commands.size() > 20 && commands.contains(List.of("bench", "rollup")), commands.toString());
        for (List<String> command : commands) {
            List<String> args = new java.util.ArrayList<>(command);
            args.add("--help");
            String help = CliRun.of(args.toArray(String[]::new)).out();
            String example = help.substring(help.lastIndexOf("示例"));
            if (!command.equals(List.of("stats"))) {
                assertFalse(example.contains("jixiao stats"), command + " shows the general example: " + example);
            }
            assertTrue(example.contains("jixiao " + String.join(" ", command)), command + ": " + example);
            assertTrue(examples.add(example), command + " repeats another command's example");
        }
    }

    /** Every command and subcommand picocli knows, by the words that name it (help itself left out). */
    private static void commandsUnder(picocli.CommandLine cli, List<String> path, List<List<String>> out) {
        cli.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help") || !sub.getCommandName().equals(name)) {
                return; // picocli's help command, and aliases of a command already listed
            }
            List<String> named = new java.util.ArrayList<>(path);
            named.add(name);
            out.add(named);
            commandsUnder(sub, named, out);
        });
    }


    @Test
    void fillsHelpNamesWorkbookRegistriesAndTheWorkingFolder() {
        String help = CliRun.of("fill", "--help").out();
        assertTrue(help.contains(".xlsx") && help.contains("jixiao.yaml"), help);
    }

    @Test
    void fillOnASummaryBookSaysItIsNoRegistryWorkbook() throws Exception {
        Path book = dir.resolve("汇总表.xlsx");
        List<Path> packs = ReadBack.fill(TestData.registry("wujing-2026-mubiao.yaml"), dir.resolve("packs"));
        Files.copy(packs.get(0), book);
        CliRun run = CliRun.of("fill", book.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, run.exitCode());
        assertFalse(run.err().contains("扩展名应为"), run.err());
        assertTrue(run.err().contains("不是登记表") && run.err().contains("registry export"), run.err());
    }
}
