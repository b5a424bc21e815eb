package cn.jixiao.indicator;

import static cn.jixiao.indicator.FrameworkVersion.NEW;
import static cn.jixiao.indicator.FrameworkVersion.OLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameworkTest {

    @ParameterizedTest(name = "{0}: {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            OLD | 产出指标   | 数量指标         | true
            OLD | 产出       | 质量             | true
            OLD | 产出 指标  | 时效 指标        | true
            OLD | 产出指标   | 成本指标         | true
            OLD | 成本指标   | ''               | true
            OLD | 成本指标   | 经济成本指标     | false
            OLD | 效益指标   | 可持续影响       | true
            OLD | 效益指标   | 可持续发展指标   | false
            OLD | 满意度指标 | 服务对象满意度指标 | true
            OLD | 满意度指标 | 可持续影响指标   | false
            OLD | 满意度指标 | ''               | false
            NEW | 成本指标   | 经济成本指标     | true
            NEW | 成本       | 社会成本         | true
            NEW | 成本指标   | 生态环境成本指标 | true
            NEW | 成本指标   | ''               | false
            NEW | 产出指标   | 成本指标         | false
            NEW | 产出指标   | 数量指标         | true
            NEW | 效益指标   | 生态效益指标     | true
            NEW | 满意度     | 服务对象满意度   | true
            NEW | 其他指标   | 数量指标         | false
            """)
    void allows(FrameworkVersion version, String level1, String level2, boolean allowed) {
        assertEquals(allowed, Framework.allows(version, level1, level2));
    }

    @Test
    void whitespaceOfEveryKindIsIgnored() {
        assertEquals("社会效益指标", Framework.normalise(" 社会\n效益\u3000指标 "));
        assertEquals("", Framework.normalise(null));
    }

    @Test
    void detectsNewWhenCostIsALevel1WithNewLevel2() {
        assertEquals(Optional.of(NEW), Framework.detect(List.of(
                new Levels("产出指标", "数量指标"), new Levels("成本指标", "经济成本指标"),
                new Levels("效益指标", "社会效益指标"), new Levels("满意度指标", "服务对象满意度指标"))));
    }

    @Test
    void detectsOldWhenCostSitsUnderOutput() {
        assertEquals(Optional.of(OLD), Framework.detect(List.of(
                new Levels("产出指标", "数量指标"), new Levels("产出指标", "成本指标"), new Levels("效益指标", "社会效益指标"))));
    }

    @Test
    void detectsOldWhenCostIsALevel1WithNothingBesideIt() {
        // seeds 000/003: 成本指标 printed in the 一级 column, the indicator in the 三级 column
        assertEquals(Optional.of(OLD), Framework.detect(List.of(
                new Levels("产出指标", "数量指标"), new Levels("成本指标", null), new Levels("满意度指标", "服务对象满意度指标"))));
    }

    @Test
    void noCostRowLeavesTheVersionOpen() {
        assertEquals(Optional.empty(), Framework.detect(List.of(
                new Levels("产出指标", "数量指标"), new Levels("效益指标", "社会效益指标"))));
        assertEquals(Optional.empty(), Framework.detect(List.of()));
    }

    @Test
    void mixedStylesCountAsNewSoTheOldRowsAreReported() {
        assertEquals(Optional.of(NEW), Framework.detect(List.of(
                new Levels("产出指标", "成本指标"), new Levels("成本", "经济成本"))));
    }

    @Test
    void requiredLevel1() {
        assertEquals(List.of("产出指标", "效益指标", "满意度指标"), Framework.requiredLevel1(OLD));
        assertEquals(List.of("成本指标", "产出指标", "效益指标", "满意度指标"), Framework.requiredLevel1(NEW));
    }

    @Test
    void allowedLevel2() {
        assertEquals(List.of("数量指标", "质量指标", "时效指标", "成本指标"), Framework.allowedLevel2(OLD, "产出"));
        assertEquals(List.of(), Framework.allowedLevel2(OLD, "成本指标"));
        assertEquals(List.of("经济成本指标", "社会成本指标", "生态环境成本指标"), Framework.allowedLevel2(NEW, "成本"));
    }

    /** Normalise gives a name the framework spells back at once: only right if the long way gives it back too. */
    @Test
    void namesAsTheFrameworkSpellsThemNormaliseToThemselves() {
        assertEquals(15, Framework.SPELT.size(), Framework.SPELT.toString());
        for (String name : Framework.SPELT) {
            assertEquals(name, ValueText.squeeze(ValueText.normalise(name)));
            assertTrue(name.endsWith("指标"), name);
        }
    }

    /** knows is what the check asked before: no 二级 to allow, and not a 一级 standing alone. */
    @Test
    void knowsALevel1AsTheTreeHasIt() {
        for (FrameworkVersion v : FrameworkVersion.values()) {
            for (String l1 : List.of("产出", "产出指标", "成本指标", " 效 益 ", "满意度", "数量指标", "", "其他")) {
                assertEquals(!(Framework.allowedLevel2(v, l1).isEmpty() && !Framework.allows(v, l1, "")),
                        Framework.knows(v, l1), v + " " + l1);
            }
        }
    }
}
