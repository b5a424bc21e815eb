package cn.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.CliRun;
import cn.jixiao.support.SeedText;
import cn.jixiao.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatsCommandTest {

    @Test
    void pujiangHas16Units104ProjectsAndTheSeedsMoneyTotals() throws Exception {
        CliRun run = CliRun.of("stats", "--format", "json", TestData.registry("pujiang-2024-mubiao.yaml").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode stats = new ObjectMapper().readTree(run.out()).get(0);
        assertEquals(16, stats.get("units").asInt());
        assertEquals(104, stats.get("projects").asInt());

        // The totals the seed text itself prints, form by form, independent of the registry.
        SeedText seed = SeedText.read("003_21f62814bb364612.txt", "财政项目支出绩效目标表");
        BigDecimal annual = BigDecimal.ZERO;
        BigDecimal appropriation = BigDecimal.ZERO;
        for (int i = 0; i < seed.formCount(); i++) {
            annual = annual.add(seed.amount(i, "年度资金申请总额").orElse(BigDecimal.ZERO));
            appropriation = appropriation.add(seed.amount(i, "当年财政拨款").orElseThrow());
        }
        assertEquals(0, annual.compareTo(stats.get("money").get("annual_total").decimalValue()),
                "年度资金申请总额 " + annual + " vs " + stats.get("money"));
        assertEquals(0, appropriation.compareTo(stats.get("money").get("appropriation").decimalValue()));
    }

    @Test
    void tableInChineseByDefaultAndEnglishOnRequest() {
        String file = TestData.registry("jiuting-2026-shenbao.yaml").toString();
        CliRun zh = CliRun.of("stats", file);
        assertEquals(0, zh.exitCode(), zh.err());
        assertTrue(zh.out().contains("实施单位 1 个，项目 5 个，指标 58 个"), zh.out());
        assertTrue(zh.out().contains("年度资金申请总额") && zh.out().contains("2000000.00"), zh.out());

        CliRun en = CliRun.of("--lang", "en", "stats", file);
        assertTrue(en.out().contains("1 unit, 5 projects, 58 indicators"), en.out());
        assertEquals("", en.err());
    }

    @Test
    void helpAndVersionAndUsageErrors() {
        CliRun help = CliRun.of("stats", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("统计登记表"), help.out());
        CliRun helpEn = CliRun.of("--lang", "en", "--help");
        assertTrue(helpEn.out().contains("fill, read back"), helpEn.out());
        assertTrue(CliRun.of("--version").out().startsWith("jixiao "));
        assertEquals(2, CliRun.of("stats").exitCode(), "no file is bad usage");
        assertEquals(2, CliRun.of("no-such-command").exitCode());
    }
}
