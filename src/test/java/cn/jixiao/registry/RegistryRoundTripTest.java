package cn.jixiao.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.TestData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RegistryRoundTripTest {

    private final RegistryIO io = new RegistryIO();

    static List<Path> registries() {
        return TestData.registries();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registries")
    void yamlToJsonAndBackIsUnchanged(Path file) {
        Registry fromYaml = io.read(file);
        String yaml1 = io.toText(fromYaml, RegistryFormat.YAML);
        String json = io.toText(fromYaml, RegistryFormat.JSON);
        Registry fromJson = io.parse(json, RegistryFormat.JSON, "round-trip.json");
        String yaml2 = io.toText(fromJson, RegistryFormat.YAML);

        assertEquals(fromYaml, fromJson, "model after YAML -> JSON -> model");
        assertEquals(yaml1, yaml2, "YAML after YAML -> model -> JSON -> model -> YAML");
        assertEquals(fromYaml, io.parse(yaml1, RegistryFormat.YAML, "again.yaml"), "written YAML reads back equal");
    }

    /** A registry file is streamed to disk (a district's would not fit the heap as one string): same bytes as the text. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("registries")
    void aWrittenFileHoldsExactlyTheText(Path file, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Registry registry = io.read(file);
        for (RegistryFormat format : RegistryFormat.values()) {
            Path out = dir.resolve("out." + (format == RegistryFormat.YAML ? "yaml" : "json"));
            io.write(registry, out, true);
            assertEquals(io.toText(registry, format), java.nio.file.Files.readString(out), format + " file");
        }
    }

    /**
     * YAML files are written a unit at a time, units side by side: the text must be what one pass
     * writes, whatever the values (lines broken, quotes, dates, long text folded, a unit with no
     * projects, a registry with nothing but units).
     */
    @Test
    void unitsWrittenSideBySideAreWhatOnePassWrites(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String longText = "保障各项工作正常运转，提升服务质量。".repeat(12) + " and some words to fold at eighty columns ".repeat(4);
        List<Unit> units = new java.util.ArrayList<>();
        for (int u = 0; u < 7; u++) {
            List<Project> projects = new java.util.ArrayList<>();
            for (int p = 0; p < u; p++) {
                projects.add(new Project("b-" + u + "-" + p, "项目 \"" + p + "\": 'x'", null, "2024-12-31",
                        "line one\nline two\n", "- dash", "2024.01.01", "yes", new Funds(new BigDecimal("16.50"),
                        BigDecimal.ZERO, null, null, null, null, null), longText, "  leading spaces", null,
                        List.of(Indicator.of("产出指标", "数量指标", "#" + p, "≥" + p + "%"),
                                new Indicator("效益指标", "社会效益指标", "null", "~", "true", new BigDecimal("0.5"),
                                        null, "偏差:原因"))));
            }
            units.add(new Unit(u == 3 ? "单位: 3\n第二行" : "第" + u + "单位", projects));
        }
        List<Registry> registries = List.of(
                new Registry(2024, FormFamily.MUBIAO, MoneyUnit.WAN_YUAN, "标题\n第二行: '引号'", units),
                new Registry(null, null, null, null, units));
        for (Registry registry : registries) {
            Path out = dir.resolve("units.yaml");
            io.write(registry, out, true);
            assertEquals(io.toText(registry, RegistryFormat.YAML), java.nio.file.Files.readString(out));
        }
    }

    @Test
    void amountsKeepTheirDecimalsAndEmptyAmountsStayAbsent() {
        Registry wujing = io.read(TestData.registry("wujing-2026-mubiao.yaml"));
        Funds first = wujing.units().get(0).projects().get(0).funds();
        assertEquals(new BigDecimal("16.50"), first.annualTotal(), "16.50万 keeps two decimals");
        assertEquals("16.50", first.annualTotal().toPlainString());

        Registry jiuting = io.read(TestData.registry("jiuting-2026-shenbao.yaml"));
        Funds jt = jiuting.units().get(0).projects().get(0).funds();
        assertEquals(new BigDecimal("1100000.00"), jt.annualTotal());
        assertEquals(null, jt.total(), "an empty 项目资金总额 is absent, not 0");
        assertTrue(io.toText(jiuting, RegistryFormat.YAML).contains("annual_total: 1100000.00"));
    }

    @Test
    void indicatorValuesThatLookLikeNumbersStayText() {
        Registry r = io.parse("""
                year: 2024
                form: mubiao
                money_unit: 万元
                units:
                  - name: 单位
                    projects:
                      - name: 项目
                        indicators:
                          - {level1: 产出指标, level2: 数量指标, name: 党组织数, target: 95}
                """, RegistryFormat.YAML, "t.yaml");
        Indicator i = r.units().get(0).projects().get(0).indicators().get(0);
        assertEquals("95", i.target());
        assertTrue(io.toText(r, RegistryFormat.YAML).contains("target: \"95\""), "quoted so no reader takes it for a number");
    }
}
