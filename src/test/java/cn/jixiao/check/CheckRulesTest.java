package cn.jixiao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jixiao.read.TemplateMaps;
import cn.jixiao.read.WorkbookReader;
import cn.jixiao.template.TemplateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule, broken on purpose: a registry that passes every rule, and for each rule one edit of
 * it that the rule must find (and that the clean registry does not have).
 */
class CheckRulesTest {

    static final String TARGETS = """
            year: 2024
            form: mubiao
            money_unit: 万元
            units:
              - name: 浦江镇社区事务受理中心
                projects:
                  - name: 办公用品采购
                    department: 浦江镇人民政府
                    category: 经常性项目
                    start: 2024.01.01
                    end: 2024.12.31
                    funds: {total: 20.00, fiscal: 20.00, other: 0, annual_total: 20.00, appropriation: 15.00, carryover: 5.00, annual_other: 0}
                    indicators:
                      - {level1: 产出指标, level2: 数量指标, name: 采购批次, target: "≥4次"}
                      - {level1: 产出指标, level2: 成本指标, name: 采购成本, target: "≤20万元"}
                      - {level1: 效益指标, level2: 社会效益指标, name: 保障办公, target: 有效}
                      - {level1: 满意度指标, level2: 服务对象满意度指标, name: 满意度, target: "≥90%"}
                  - name: 食堂经费
                    department: 浦江镇人民政府
                    category: 经常性项目
                    start: 2024.01.01
                    end: 2024.12.31
                    funds: {annual_total: 26.00, appropriation: 26.00}
                    indicators:
                      - {level1: 产出指标, level2: 数量指标, name: 供餐天数, target: "≥240天"}
                      - {level1: 效益指标, level2: 社会效益指标, name: 保障就餐, target: 有效}
                      - {level1: 满意度指标, level2: 服务对象满意度指标, name: 满意度, target: "≥90%"}
            """;

    static final String SELF_EVALUATION = """
            year: 2022
            form: ziping
            money_unit: 万元
            units:
              - name: 吴泾镇社区党群服务中心
                projects:
                  - name: 综合党委经费
                    department: 吴泾镇人民政府
                    evaluation:
                      budget: {total: {initial: 40, full_year: 40, executed: 36}}
                      rate_points: 10
                      rate: "90%"
                      rate_score: 9
                      total_score: 99
                    indicators:
                      - {level1: 产出指标, level2: 数量指标, name: 活动次数, target: "≥10次", actual: "12次", points: 50, score: 50}
                      - {level1: 效益指标, level2: 社会效益指标, name: 党员参与度, target: "≥90%", actual: "95%", points: 30, score: 30}
                      - {level1: 满意度指标, level2: 服务对象满意度指标, name: 满意度, target: "≥90%", actual: "95%", points: 10, score: 10}
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                t("money.annualSum", "appropriation: 15.00", "appropriation: 16.00"),
                t("money.totalSum", "fiscal: 20.00", "fiscal: 19.00"),
                t("money.annualBlank", "funds: {annual_total: 26.00, appropriation: 26.00}", "funds: {appropriation: 0.80}"),
                t("money.totalBlank", "funds: {total: 20.00, fiscal: 20.00", "funds: {fiscal: 20.00"),
                t("money.totalBelowAnnual", "total: 20.00, fiscal: 20.00", "total: 10.00, fiscal: 10.00"),
                t("money.negative", "appropriation: 26.00", "appropriation: -26.00"),
                t("money.looksLikeYuan", "annual_total: 26.00, appropriation: 26.00",
                        "annual_total: 260000.00, appropriation: 260000.00"),
                t("money.looksLikeWan", "money_unit: 万元", "money_unit: 元"),
                t("framework.noIndicators", "indicators:\n          - {level1: 产出指标, level2: 数量指标, name: 供餐天数",
                        "indicators: []\n      - name: 其他\n        indicators:\n          - {level1: 产出指标, level2: 数量指标, name: 供餐天数"),
                t("framework.noLevel1", "{level1: 产出指标, level2: 数量指标, name: 采购批次", "{level2: 数量指标, name: 采购批次"),
                t("framework.unknownLevel1", "level1: 效益指标, level2: 社会效益指标, name: 保障办公",
                        "level1: 影响指标, level2: 社会效益指标, name: 保障办公"),
                t("framework.level2", "level2: 社会效益指标, name: 保障办公", "level2: 数量指标, name: 保障办公"),
                t("framework.missingLevel1", "          - {level1: 满意度指标, level2: 服务对象满意度指标, name: 满意度, target: \"≥90%\"}\n      - name: 食堂经费",
                        "      - name: 食堂经费"),
                t("indicator.noName", "name: 采购批次, ", ""),
                t("indicator.placeholderName", "name: 采购批次", "name: 无"),
                t("indicator.duplicate", "name: 采购成本", "name: 采购批次"),
                t("indicator.noTarget", "target: 有效}", "target: \"/\"}"),
                t("indicator.unparseable", "target: \"≥4次\"", "target: \"18-70岁本镇妇女\""),
                t("indicator.costFloor", "target: \"≤20万元\"", "target: \"≥20万元\""),
                t("indicator.percentOver100", "target: \"≥240天\"", "target: \"≥120%\""),
                t("header.noCategory", "        category: 经常性项目\n", ""),
                t("header.twoCategories", "category: 经常性项目", "category: 经常性项目、一次性项目"),
                t("header.otherCategory", "category: 经常性项目", "category: 其他运转类"),
                t("header.startAfterEnd", "start: 2024.01.01", "start: 2025.01.01"),
                t("header.outsideYear", "end: 2024.12.31", "end: 2023.12.31"),
                t("header.departmentIsName", "department: 浦江镇人民政府", "department: 办公用品采购"),
                t("header.noDepartment", "        department: 浦江镇人民政府\n", ""),
                t("header.noDate", "        start: 2024.01.01\n", ""),
                t("header.badDate", "start: 2024.01.01", "start: 明年"),
                t("set.department", "department: 浦江镇人民政府\n        category: 经常性项目\n        start: 2024.01.01\n        end: 2024.12.31\n        funds: {annual",
                        "department: 蒲江镇人民政府\n        category: 经常性项目\n        start: 2024.01.01\n        end: 2024.12.31\n        funds: {annual"),
                t("set.unit", "", """
                          - name: 浦江镇社区事务受理中
                            projects:
                              - name: 印刷费
                                department: 浦江镇人民政府
                                category: 经常性项目
                                start: 2024.01.01
                                end: 2024.12.31
                                funds: {annual_total: 1.00, appropriation: 1.00}
                                indicators:
                                  - {level1: 产出指标, level2: 数量指标, name: 印刷批次, target: "≥2次"}
                                  - {level1: 效益指标, level2: 社会效益指标, name: 保障宣传, target: 有效}
                                  - {level1: 满意度指标, level2: 服务对象满意度指标, name: 满意度, target: "≥90%"}
                        """),
                // Within one registry a project name used twice is a registry error (registry.duplicateName);
                // set.duplicateName is for the same project returned twice (see AllRegistryErrorsTest).
                t("file.unreadable", "name: 食堂经费", "name: 办公用品采购"),
                z("eval.badRate", "rate: \"90%\"", "rate: \"九成\""),
                z("eval.rate", "rate: \"90%\"", "rate: \"80%\""),
                z("eval.rateScore", "rate_score: 9", "rate_score: 8"),
                z("eval.scoreOverPoints", "rate_score: 9", "rate_score: 11"),
                z("eval.points90", "points: 50, score: 50", "points: 45, score: 45"),
                z("eval.points100", "rate_points: 10", "rate_points: 20"),
                z("eval.totalScore", "total_score: 99", "total_score: 95"),
                z("eval.indicatorOverPoints", "points: 30, score: 30", "points: 30, score: 31"),
                z("eval.noDeviation", "actual: \"95%\", points: 30, score: 30", "actual: \"95%\", points: 30, score: 29.8"),
                z("eval.suggested", "actual: \"12次\"", "actual: \"5次\""));
    }

    private static Arguments t(String rule, String from, String to) {
        return Arguments.of(rule, TARGETS, from, to);
    }

    private static Arguments z(String rule, String from, String to) {
        return Arguments.of(rule, SELF_EVALUATION, from, to);
    }

    @Test
    void theCleanRegistriesPassEveryRule() throws IOException {
        assertEquals(List.of(), rules(TARGETS));
        assertEquals(List.of(), rules(SELF_EVALUATION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachRuleFindsWhatBreaksIt(String rule, String base, String from, String to) throws IOException {
        String yaml = from.isEmpty() ? base + to : replaceFirst(base, from, to);
        assertTrue(!yaml.equals(base), "the edit applies: " + from);
        List<String> found = rules(yaml);
        assertTrue(found.contains(rule), rule + " not in " + found);
    }

    private static String replaceFirst(String text, String from, String to) {
        int i = text.indexOf(from);
        return i < 0 ? text : text.substring(0, i) + to + text.substring(i + from.length());
    }

    private List<String> rules(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "r", ".yaml");
        Files.writeString(file, yaml);
        Checker checker = new Checker(new WorkbookReader(new TemplateMaps(f -> TemplateSource.resolve(f, null, null))));
        return checker.check(List.of(file), f -> { }).findings().stream().map(Finding::rule).toList();
    }
}
