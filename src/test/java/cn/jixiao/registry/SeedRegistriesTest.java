package cn.jixiao.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jixiao.support.SeedText;
import cn.jixiao.support.TestData;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each transcribed registry holds every form and every indicator row of its seed. */
class SeedRegistriesTest {

    /**
     * Forms whose extracted text does not give one indicator per row, and what the form really
     * holds (checked by hand against the seed and commented in the registry).
     */
    private static final Map<String, Integer> KNOWN_ROW_ANOMALIES = Map.of(
            // 劳模慰问: three values printed one row above their names: 9 printed rows, 6 indicators
            "pj-2024-046", 6,
            // 国防教育: two lines each run two indicators together: 9 printed rows, 11 indicators
            "pj-2024-065", 11);

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("wujing-2026-mubiao.yaml", "000_2a745e46b82da2b5.txt", "财政项目支出绩效目标表", 5),
                Arguments.of("jiuting-2026-shenbao.yaml", "001_b3a6bfc70c94ed95.txt", "财政项目支出绩效目标申报表", 5),
                Arguments.of("wujing-2022-ziping.yaml", "002_eec2255c4764dfed.txt", "财政项目支出绩效自评表", 9),
                Arguments.of("pujiang-2024-mubiao.yaml", "003_21f62814bb364612.txt", "财政项目支出绩效目标表", 104),
                Arguments.of("xidu-2024-shenbao.yaml", "004_f9c598031c2c4aa2.txt", "财政项目支出绩效目标申报表", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyFormAndIndicatorOfTheSeedIsTranscribed(String registryFile, String seedFile, String title, int forms) {
        Registry registry = new RegistryIO().read(TestData.registry(registryFile));
        SeedText seed = SeedText.read(seedFile, title);
        // Projects are numbered in seed order by their ids; units group them, so sort back.
        List<Project> bySeedOrder = registry.projects().map(Registry.UnitProject::project)
                .sorted(Comparator.comparing(Project::id)).toList();

        assertEquals(forms, seed.formCount(), "forms in the seed text");
        assertEquals(forms, bySeedOrder.size(), "projects in the registry");
        for (int i = 0; i < forms; i++) {
            Project p = bySeedOrder.get(i);
            int expected = KNOWN_ROW_ANOMALIES.getOrDefault(p.id(), seed.indicatorRows(i));
            assertEquals(expected, p.indicators().size(), () -> p.id() + " " + p.name() + ": indicators");
        }
    }
}
