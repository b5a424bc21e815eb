package cn.jixiao.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad registry gets one message naming file, line, column and what was expected; exit 2. */
class RegistryErrorsTest {

    @TempDir
    Path dir;

    private static final String HEAD = """
            year: 2024
            form: mubiao
            money_unit: 万元
            units:
              - name: 浦江镇机关事务管理所
                projects:
            """;

    private CliRun stats(String yaml, String... extra) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        String[] args = new String[extra.length + 2];
        System.arraycopy(extra, 0, args, 0, extra.length);
        args[extra.length] = "stats";
        args[extra.length + 1] = file.toString();
        return CliRun.of(args);
    }

    private static void assertCleanError(CliRun run, String... fragments) {
        assertEquals(2, run.exitCode(), run.err());
        for (String f : fragments) {
            assertTrue(run.err().contains(f), () -> "expected «" + f + "» in: " + run.err());
        }
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertFalse(run.err().contains("Exception"), "no exception names");
        assertEquals("", run.out());
    }

    @Test
    void unknownKeyNamesTheNearestValidOne() throws IOException {
        CliRun run = stats(HEAD + """
                      - name: 政府零星维修
                        departmnet: 浦江镇人民政府
                """);
        assertCleanError(run, "bad.yaml", "第 8 行", "departmnet", "department", "units[0].projects[0]");
    }

    @Test
    void anAmountThatIsNotANumber() throws IOException {
        CliRun run = stats(HEAD + """
                      - name: 政府零星维修
                        funds:
                          annual_total: 16.50万
                """);
        assertCleanError(run, "bad.yaml", "第 9 行", "16.50万", "应为数字", "funds.annual_total");
    }

    @Test
    void aProjectWithoutAName() throws IOException {
        CliRun run = stats(HEAD + """
                      - department: 浦江镇人民政府
                        start: "2024.01.01"
                """);
        assertCleanError(run, "bad.yaml", "第 7 行", "缺少项目名称");
    }

    @Test
    void aWrongForm() throws IOException {
        CliRun run = stats(HEAD.replace("form: mubiao", "form: mubaio"));
        assertCleanError(run, "bad.yaml", "第 2 行", "mubaio", "mubiao（目标表）");
    }

    @Test
    void messagesInEnglishWithLangEn() throws IOException {
        CliRun run = stats(HEAD.replace("form: mubiao", "form: mubaio"), "--lang", "en");
        assertCleanError(run, "bad.yaml", "line 2", "form must be mubiao");
    }

    @Test
    void duplicateKeysAreRejected() throws IOException {
        CliRun run = stats(HEAD + """
                      - name: 政府零星维修
                        name: 政府大楼运转项目
                """);
        assertCleanError(run, "bad.yaml", "name");
    }

    @Test
    void aMissingFileAndAnUnknownExtension() throws IOException {
        assertCleanError(CliRun.of("stats", dir.resolve("nope.yaml").toString()), "nope.yaml", "不存在");
        Path txt = Files.writeString(dir.resolve("r.txt"), "year: 2024");
        assertCleanError(CliRun.of("stats", txt.toString()), "r.txt", ".yaml");
    }

    @Test
    void anAliasBombIsRefused() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        CliRun run = stats(bomb.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertFalse(run.err().contains("\tat "));
    }
}
