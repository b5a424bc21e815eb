package cn.jixiao.check;

import cn.jixiao.registry.Nearest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules over a whole set of forms: the same 主管部门 or 实施单位 written two nearly equal ways (one
 * character apart: 浦江镇 and 蒲江镇; one name inside the other: 浦江镇人民政府 and
 * 上海市闵行区浦江镇人民政府), and a project name used twice within one unit.
 */
final class SetRules {

    private SetRules() {
    }

    static void check(List<Subject> subjects, Findings out) {
        nearDuplicates(subjects, out, "set.department", s -> s.project().department(), "department");
        nearDuplicates(subjects, out, "set.unit", Subject::unit, "unit");
        Map<String, Subject> names = new HashMap<>();
        for (Subject s : subjects) {
            Subject first = names.putIfAbsent(s.unit() + "\u0000" + s.project().name(), s);
            if (first != null) {
                out.error(s, "set.duplicateName", "name", s.project().name(), s.unit(), first.file());
            }
        }
    }

    private static void nearDuplicates(List<Subject> subjects, Findings out, String rule,
                                       java.util.function.Function<Subject, String> value, String path) {
        Map<String, List<Subject>> byName = new LinkedHashMap<>();
        for (Subject s : subjects) {
            String v = value.apply(s);
            if (v != null && !v.isBlank()) {
                byName.computeIfAbsent(v.strip(), k -> new ArrayList<>()).add(s);
            }
        }
        List<String> names = new ArrayList<>(byName.keySet());
        // Every pair is compared: each name's core is worked out once, not once a pair.
        List<String> cores = names.stream().map(SetRules::core).toList();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                String a = names.get(i);
                String b = names.get(j);
                if (near(a, cores.get(i), b, cores.get(j))) {
                    // The less used spelling is the one to look at.
                    String odd = byName.get(a).size() < byName.get(b).size() ? a : b;
                    String usual = odd.equals(a) ? b : a;
                    Subject first = byName.get(odd).get(0);
                    out.warning(first, rule, path, odd, usual, byName.get(odd).size(), byName.get(usual).size());
                }
            }
        }
    }

    /**
     * One character apart, or the same once the city and district in front (上海市闵行区) and the
     * 人民政府 / 政府 behind are set aside: 浦江镇, 浦江镇人民政府 and 上海市闵行区浦江镇人民政府 are one
     * department, 浦江镇机关事务管理所 another.
     */
    static boolean near(String a, String b) {
        return near(a, core(a), b, core(b));
    }

    private static boolean near(String a, String coreA, String b, String coreB) {
        return coreA.equals(coreB) || Nearest.oneEditApart(a, b);
    }

    private static final java.util.regex.Pattern PREFIX = java.util.regex.Pattern.compile("^(上海市)?([^市区县]{1,4}[区县])?");
    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile("(人民政府|政府|办事处)$");

    static String core(String name) {
        String t = name.replaceAll("\\s+", "");
        t = PREFIX.matcher(t).replaceFirst("");
        return SUFFIX.matcher(t).replaceFirst("");
    }
}
