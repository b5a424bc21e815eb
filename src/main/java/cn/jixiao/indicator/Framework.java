package cn.jixiao.indicator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Which 二级指标 each 一级指标 allows, per {@link FrameworkVersion}, and which version a form follows. */
public final class Framework {

    public static final String OUTPUT = "产出指标";
    public static final String COST = "成本指标";
    public static final String BENEFIT = "效益指标";
    public static final String SATISFACTION = "满意度指标";

    private static final List<String> OUTPUT_COMMON = List.of("数量指标", "质量指标", "时效指标");
    private static final List<String> NEW_COST = List.of("经济成本指标", "社会成本指标", "生态环境成本指标");
    private static final List<String> BENEFIT_L2 = List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标");
    private static final List<String> SATISFACTION_L2 = List.of("服务对象满意度指标");
    private static final List<String> OLD_OUTPUT = List.of("数量指标", "质量指标", "时效指标", COST);

    private static final Map<String, List<String>> OLD_TREE = Map.of(
            OUTPUT, OLD_OUTPUT, BENEFIT, BENEFIT_L2, SATISFACTION, SATISFACTION_L2,
            // Seeds 000/003 also print 成本指标 in the 一级 column with the indicator right beside it
            // and nothing in the 二级 column: the old framework's cost row, laid out differently.
            COST, List.of(""));
    private static final Map<String, List<String>> NEW_TREE = Map.of(
            COST, NEW_COST, OUTPUT, OUTPUT_COMMON, BENEFIT, BENEFIT_L2, SATISFACTION, SATISFACTION_L2);

    /** Every level name as the framework spells it (which normalising leaves as it is: FrameworkTest). */
    static final Set<String> SPELT = Stream.of(OLD_TREE, NEW_TREE)
            .flatMap(t -> Stream.concat(t.keySet().stream(), t.values().stream().flatMap(List::stream)))
            .filter(n -> !n.isEmpty()).collect(Collectors.toUnmodifiableSet());

    private Framework() {
    }

    /**
     * Whether (level1, level2) is a row the version allows. Names are compared after
     * {@link #normalise}, so {@code 产出} matches {@code 产出指标} and {@code 社会 效益} matches
     * {@code 社会效益指标}. A blank level2 is allowed only for OLD's 成本指标 printed as a 一级.
     */
    public static boolean allows(FrameworkVersion version, String level1, String level2) {
        List<String> allowed = tree(version).get(normalise(level1));
        return allowed != null && allowed.contains(normalise(level2));
    }

    /** Whether a version has this 一级指标 (with or without 二级 under it). */
    public static boolean knows(FrameworkVersion version, String level1) {
        return tree(version).containsKey(normalise(level1));
    }

    /** The 二级指标 a version allows under a 一级指标, empty for an unknown 一级. */
    public static List<String> allowedLevel2(FrameworkVersion version, String level1) {
        return tree(version).getOrDefault(normalise(level1), List.of()).stream().filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The 一级指标 a form must have at least one indicator under: 产出, 效益, 满意度, and in the new
     * framework also 成本 (listed first, as the new forms print it).
     */
    public static List<String> requiredLevel1(FrameworkVersion version) {
        return version == FrameworkVersion.NEW
                ? List.of(COST, OUTPUT, BENEFIT, SATISFACTION)
                : List.of(OUTPUT, BENEFIT, SATISFACTION);
    }

    /**
     * The version a form's rows follow. NEW as soon as a 一级 成本指标 carries a new-style 二级
     * (经济/社会/生态环境成本指标): no old form has those names. Otherwise OLD when 成本指标 is a 二级
     * under 产出指标, or a 一级 with no new-style 二级. Empty when no row mentions 成本 at all: both
     * frameworks then accept the same rows, and only the "must have 成本" rule differs; a caller
     * that must pick should check against OLD, which does not demand what the form cannot show.
     * A form mixing both styles is NEW, so that its old-style rows are the ones reported.
     */
    public static Optional<FrameworkVersion> detect(List<Levels> rows) {
        boolean oldStyle = false;
        for (Levels r : rows) {
            String l1 = normalise(r.level1());
            String l2 = normalise(r.level2());
            if (l1.equals(COST) && NEW_COST.contains(l2)) {
                return Optional.of(FrameworkVersion.NEW);
            }
            oldStyle |= l1.equals(COST) || (l1.equals(OUTPUT) && l2.equals(COST));
        }
        return oldStyle ? Optional.of(FrameworkVersion.OLD) : Optional.empty();
    }

    /**
     * A level name as the framework spells it: no whitespace of any kind (extraction and merged
     * cells scatter spaces and line breaks through names), and ending in 指标. Blank stays blank.
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        if (SPELT.contains(name)) {
            return name; // as most forms write it: a check asks for each indicator's levels several times
        }
        String s = ValueText.squeeze(ValueText.normalise(name));
        return s.isEmpty() || s.endsWith("指标") ? s : s + "指标";
    }

    private static Map<String, List<String>> tree(FrameworkVersion version) {
        return version == FrameworkVersion.NEW ? NEW_TREE : OLD_TREE;
    }
}
