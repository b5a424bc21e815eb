package cn.jixiao.diff;

import cn.jixiao.diff.Change.Kind;
import cn.jixiao.grid.TypedText;
import cn.jixiao.registry.Funds;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** What changed between a project as sent and as returned, field by field and indicator by indicator. */
final class ProjectDiff {

    private ProjectDiff() {
    }

    static List<Change> of(String unit, Project sent, Project back) {
        List<Change> out = new ArrayList<>();
        String project = sent.name();
        Map<String, Function<Project, String>> texts = new LinkedHashMap<>();
        texts.put("name", Project::name);
        texts.put("department", Project::department);
        texts.put("nature", Project::nature);
        texts.put("category", Project::category);
        texts.put("start", Project::start);
        texts.put("end", Project::end);
        texts.put("overall_goal", Project::overallGoal);
        texts.put("annual_goal", Project::annualGoal);
        texts.forEach((field, get) -> {
            boolean date = field.equals("start") || field.equals("end");
            if (!Objects.equals(get.apply(sent), get.apply(back))
                    && !(date && SameDate.same(get.apply(sent), get.apply(back)))) {
                out.add(new Change(unit, project, Kind.FIELD, field, get.apply(sent), get.apply(back), null));
            }
        });
        Funds a = Funds.of(sent);
        Funds b = Funds.of(back);
        amount(out, unit, project, "funds.total", a.total(), b.total());
        amount(out, unit, project, "funds.fiscal", a.fiscal(), b.fiscal());
        amount(out, unit, project, "funds.other", a.other(), b.other());
        amount(out, unit, project, "funds.annual_total", a.annualTotal(), b.annualTotal());
        amount(out, unit, project, "funds.appropriation", a.appropriation(), b.appropriation());
        amount(out, unit, project, "funds.carryover", a.carryover(), b.carryover());
        amount(out, unit, project, "funds.annual_other", a.annualOther(), b.annualOther());
        for (IndicatorPairs.Pair p : IndicatorPairs.of(sent.indicators(), back.indicators())) {
            indicator(out, unit, project, p.sent(), p.returned());
        }
        return out;
    }

    private static void indicator(List<Change> out, String unit, String project, Indicator s, Indicator r) {
        if (s == null) {
            out.add(new Change(unit, project, Kind.INDICATOR_ADDED, r.name(), null, describe(r), null));
            return;
        }
        if (r == null) {
            out.add(new Change(unit, project, Kind.INDICATOR_REMOVED, s.name(), describe(s), null, null));
            return;
        }
        if (!Objects.equals(s.name(), r.name())) {
            out.add(new Change(unit, project, Kind.INDICATOR_RENAMED, s.name(), s.name(), r.name(), null));
        }
        if (!Objects.equals(s.level1(), r.level1()) || !Objects.equals(s.level2(), r.level2())) {
            out.add(new Change(unit, project, Kind.INDICATOR_MOVED, r.name(), levels(s), levels(r), null));
        }
        if (!Objects.equals(spelled(s.target()), spelled(r.target()))) {
            out.add(new Change(unit, project, Kind.TARGET, r.name(), s.target(), r.target(), null));
        }
        field(out, unit, project, r.name() + "：实际完成值", spelled(s.actual()), spelled(r.actual()));
        field(out, unit, project, r.name() + "：分值", s.points(), r.points());
        field(out, unit, project, r.name() + "：得分", s.score(), r.score());
        field(out, unit, project, r.name() + "：偏差原因", s.deviation(), r.deviation());
    }

    private static void field(List<Change> out, String unit, String project, String field, Object a, Object b) {
        boolean same = a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : Objects.equals(a, b);
        if (!same) {
            out.add(new Change(unit, project, Kind.INDICATOR_FIELD, field, str(a), str(b), null));
        }
    }

    private static void amount(List<Change> out, String unit, String project, String field, BigDecimal a, BigDecimal b) {
        if (a == null && b == null || a != null && b != null && a.compareTo(b) == 0) {
            return;
        }
        BigDecimal difference = a != null && b != null ? b.subtract(a) : null;
        out.add(new Change(unit, project, Kind.AMOUNT, field, str(a), str(b), difference));
    }

    /**
     * ≦ and ≤, >= and ≥ are one operator, and 95% is 95 %: reading a form normalises them and
     * 指标明细 parses them alike, so a change of spelling or spacing is no change.
     */
    private static String spelled(String value) {
        return value == null ? null : SPACES.matcher(TypedText.normaliseOperators(value)).replaceAll("");
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u3000]+");

    private static String describe(Indicator i) {
        return levels(i) + " / " + i.name() + "：" + Objects.toString(i.target(), "");
    }

    private static String levels(Indicator i) {
        return Objects.toString(i.level1(), "") + " / " + Objects.toString(i.level2(), "");
    }

    private static String str(Object o) {
        return o == null ? null : o instanceof BigDecimal d ? d.toPlainString() : o.toString();
    }
}
