package cn.jixiao.derive;

import cn.jixiao.registry.Evaluation;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.ProjectIndex;
import cn.jixiao.registry.Registry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes last year's results into next year's registry as YAML comments, where a finance officer
 * setting next year's targets will see them: above each project its 执行率 and 总分, above each
 * indicator its 实际完成值 and 得分. Comments, not data: results are not targets.
 */
final class ResultComments {

    private final ProjectIndex results;
    private final int resultsYear;

    ResultComments(Registry results) {
        this.results = ProjectIndex.of(results);
        resultsYear = results.year() == null ? 0 : results.year();
    }

    /**
     * The YAML of next year's registry with the comments inserted. thisYear is the registry the
     * next one was derived from, in the same order, so its ids find the results.
     */
    String annotate(String yaml, Registry thisYear) {
        List<Project> sources = new ArrayList<>();
        List<String> unitOf = new ArrayList<>();
        thisYear.units().forEach(u -> u.projects().forEach(p -> {
            sources.add(p);
            unitOf.add(u.name());
        }));
        StringBuilder out = new StringBuilder();
        int project = -1;
        int indicator = -1;
        Project result = null;
        for (String line : yaml.split("\n", -1)) {
            if (line.startsWith("      - ") && !line.startsWith("       ")) {
                project++;
                indicator = -1;
                Project source = project < sources.size() ? sources.get(project) : null;
                result = source == null ? null : find(source, unitOf.get(project));
                if (result != null) {
                    out.append("      # ").append(projectLine(result)).append('\n');
                }
            } else if (line.startsWith("          - ") && result != null) {
                indicator++;
                Indicator i = indicator < result.indicators().size() ? result.indicators().get(indicator) : null;
                Indicator mine = sources.get(project).indicators().size() > indicator
                        ? sources.get(project).indicators().get(indicator) : null;
                Indicator match = mine == null ? null : result.indicators().stream()
                        .filter(r -> Objects.equals(r.name(), mine.name())).findFirst().orElse(i);
                if (match != null && (match.actual() != null || match.score() != null)) {
                    out.append("          # ").append(indicatorLine(match)).append('\n');
                }
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private Project find(Project source, String unit) {
        return results.find(source.id(), unit, source.name());
    }

    private String projectLine(Project p) {
        Evaluation e = p.evaluation();
        String rate = e == null || e.rate() == null ? "—" : e.rate();
        String total = e == null || e.totalScore() == null ? "—" : e.totalScore().toPlainString();
        return resultsYear + " 年自评：执行率 " + rate + "，总分 " + total;
    }

    private String indicatorLine(Indicator i) {
        return resultsYear + " 年实际完成值：" + Objects.toString(i.actual(), "—") + "；得分 "
                + plain(i.score()) + "/" + plain(i.points());
    }

    private static String plain(BigDecimal d) {
        return d == null ? "—" : d.toPlainString();
    }
}
