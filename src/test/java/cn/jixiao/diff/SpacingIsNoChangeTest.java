package cn.jixiao.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit that writes 95 % for 95% changed nothing: 指标明细 reads both alike, and so does diff. */
class SpacingIsNoChangeTest {

    @TempDir
    Path dir;

    private static String registry(String rate, String cost) {
        return """
                year: 2026
                form: mubiao
                money_unit: 万元
                units:
                  - name: 九亭镇社区党群服务中心
                    projects:
                      - name: 党建工作经费
                        indicators:
                          - {level1: 满意度指标, level2: 服务对象满意度指标, name: 满意度, target: "%s"}
                          - {level1: 产出指标, level2: 成本指标, name: 成本, target: "%s"}
                """.formatted(rate, cost);
    }

    @Test
    void spacesAroundNumbersAndOperatorsAreNoChange() throws Exception {
        Path sent = Files.writeString(dir.resolve("sent.yaml"), registry("≥95%", "≤5万元"));
        Path back = Files.writeString(dir.resolve("back.yaml"), registry("≥ 95 %", "<= 5 万元"));
        CliRun run = CliRun.of("diff", sent.toString(), back.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("指标值"), run.out());
        Path changed = Files.writeString(dir.resolve("changed.yaml"), registry("≥ 90 %", "≤5万元"));
        assertTrue(CliRun.of("diff", sent.toString(), changed.toString()).out().contains("≥ 90 %"), "a real change still shows");
    }
}
