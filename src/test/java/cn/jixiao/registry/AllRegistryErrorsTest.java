package cn.jixiao.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry's problems all come out in one run, each with its line; and a project is one project:
 * an id or a unit's project name used twice is an error naming both lines.
 */
class AllRegistryErrorsTest {

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

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("登记表.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void anAmountWith万AMisspeltKeyAndANamelessProjectComeOutTogether() throws IOException {
        Path file = write(HEAD + """
                      - name: 政府零星维修
                        departmnet: 浦江镇人民政府
                        funds:
                          total: 12.5万
                      - department: 浦江镇人民政府
                """);
        for (String command : new String[] {"stats", "fill", "check"}) {
            CliRun run = command.equals("fill") ? CliRun.of(command, file.toString(), "-o", dir.resolve("packs").toString())
                    : CliRun.of(command, file.toString());
            String all = run.err() + run.out();
            assertEquals(2, run.exitCode(), command + all);
            assertTrue(all.contains("第 8 行") && all.contains("departmnet"), command + all);
            assertTrue(all.contains("第 10 行") && all.contains("12.5万"), command + all);
            assertTrue(all.contains("第 11 行") && all.contains("缺少项目名称"), command + all);
            assertFalse(all.contains("Exception"), all);
        }
    }

    @Test
    void aDuplicateIdIsAnErrorNamingBothLines() throws IOException {
        Path file = write(HEAD + """
                      - id: p-1
                        name: 政府零星维修
                      - id: p-1
                        name: 道路保洁
                """);
        CliRun run = CliRun.of("stats", file.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("p-1") && run.err().contains("第 7 行") && run.err().contains("第 9 行"), run.err());
        assertEquals(2, CliRun.of("check", file.toString()).exitCode());
        assertEquals(2, CliRun.of("fill", file.toString(), "-o", dir.resolve("packs").toString()).exitCode());
        assertFalse(Files.exists(dir.resolve("packs")), "nothing is filled from such a registry");
    }

    @Test
    void theSameProjectNameTwiceInOneUnitIsAnErrorNamingBothLines() throws IOException {
        Path file = write(HEAD + """
                      - name: 政府零星维修
                      - name: 道路保洁
                      - name: 政府零星维修
                  - name: 浦江镇城市运行管理中心
                    projects:
                      - name: 政府零星维修
                """);
        CliRun run = CliRun.of("stats", file.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("政府零星维修") && run.err().contains("第 7 行") && run.err().contains("第 9 行"),
                run.err());
        assertFalse(run.err().contains("第 12 行"), "the same name in another unit is another project: " + run.err());
    }

    @Test
    void theSameProjectInTwoFilesIsStillFoundByCheck() throws IOException {
        Path one = write(HEAD + "          - name: 政府零星维修\n");
        Path two = dir.resolve("另一份.yaml");
        Files.copy(one, two);
        CliRun run = CliRun.of("check", one.toString(), two.toString());
        assertTrue(run.out().contains("[set.duplicateName]"), run.out());
    }

    @Test
    void theSeedRegistriesHaveNoDuplicates() {
        for (Path seed : TestData.registries()) {
            assertEquals(0, CliRun.of("stats", seed.toString()).exitCode(), seed.toString());
        }
    }
}
