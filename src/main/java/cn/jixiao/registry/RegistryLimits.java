package cn.jixiao.registry;

import cn.jixiao.i18n.UserError;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a registry may hold that a workbook cannot: no text longer than an Excel cell's 32,767
 * characters. Checked when the registry is read, so the error names the registry and the path,
 * not a template cell half-way through a fill.
 */
final class RegistryLimits {

    static final int MAX_CELL_TEXT = 32_767;

    private RegistryLimits() {
    }

    static void check(Registry r, String source) {
        check(source, "title", r.title());
        for (int u = 0; u < r.units().size(); u++) {
            Unit unit = r.units().get(u);
            String up = "units[" + u + "]";
            check(source, up + ".name", unit.name());
            for (int p = 0; p < unit.projects().size(); p++) {
                Project project = unit.projects().get(p);
                String pp = up + ".projects[" + p + "]";
                Map<String, String> texts = new LinkedHashMap<>();
                texts.put("name", project.name());
                texts.put("department", project.department());
                texts.put("nature", project.nature());
                texts.put("category", project.category());
                texts.put("start", project.start());
                texts.put("end", project.end());
                texts.put("overall_goal", project.overallGoal());
                texts.put("annual_goal", project.annualGoal());
                if (project.evaluation() != null) {
                    texts.put("evaluation.rate", project.evaluation().rate());
                    texts.put("evaluation.expected", project.evaluation().expected());
                    texts.put("evaluation.achieved", project.evaluation().achieved());
                }
                texts.forEach((k, v) -> check(source, pp + "." + k, v));
                for (int i = 0; i < project.indicators().size(); i++) {
                    Indicator ind = project.indicators().get(i);
                    String ip = pp + ".indicators[" + i + "].";
                    check(source, ip + "level1", ind.level1());
                    check(source, ip + "level2", ind.level2());
                    check(source, ip + "name", ind.name());
                    check(source, ip + "target", ind.target());
                    check(source, ip + "actual", ind.actual());
                    check(source, ip + "deviation", ind.deviation());
                }
            }
        }
    }

    private static void check(String source, String path, String text) {
        if (text != null && text.length() > MAX_CELL_TEXT) {
            throw new UserError("registry.tooLong", source, path, String.valueOf(text.length()));
        }
    }
}
