package cn.jixiao.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every 年度指标值 and 实际完成值 transcribed from the seeds parses into a known kind. The registries
 * are read as plain YAML, not through the registry model, so this test follows the data and not the
 * model's validation.
 */
class SeedValuesTest {

    /**
     * Seed values that really have no value grammar, each checked by hand:
     * 18-70岁本镇妇女 (pujiang, 妇女健康 project) names the target group, an age range and a
     * description, where the form wanted a number: exactly what a checker should show a person.
     */
    private static final Set<String> KNOWN_UNPARSEABLE = Set.of("18-70岁本镇妇女");

    @Test
    void everySeedValueParses() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<ValueKind, Integer> counts = new EnumMap<>(ValueKind.class);
        Set<String> unparseable = new TreeSet<>();
        int total = 0;
        for (Path file : TestData.registries()) {
            for (String value : values(yaml.readTree(file.toFile()))) {
                IndicatorValue v = IndicatorValues.parse(value);
                counts.merge(v.kind(), 1, Integer::sum);
                total++;
                if (v.kind() == ValueKind.UNPARSEABLE) {
                    unparseable.add(value);
                }
            }
        }
        System.out.println("[SeedValuesTest] " + total + " values: " + counts + "; unparseable: " + unparseable);
        assertTrue(total > 1000, "the five registries hold over a thousand values, found " + total);
        assertEquals(KNOWN_UNPARSEABLE, unparseable);
    }

    /** target and actual of every indicator of every project of every unit. */
    private static List<String> values(JsonNode registry) {
        List<String> out = new ArrayList<>();
        for (JsonNode unit : registry.path("units")) {
            for (JsonNode project : unit.path("projects")) {
                for (JsonNode indicator : project.path("indicators")) {
                    for (String field : List.of("target", "actual")) {
                        if (indicator.hasNonNull(field)) {
                            out.add(indicator.get(field).asText());
                        }
                    }
                }
            }
        }
        return out;
    }
}
