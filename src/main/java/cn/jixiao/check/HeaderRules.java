package cn.jixiao.check;

import cn.jixiao.grid.TypedDate;
import cn.jixiao.indicator.ParsedValues;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Project;
import java.util.List;
import java.util.Optional;

/**
 * The form's header: exactly one 项目类别 ticked on a 目标表, dates that read as dates, start not
 * after end and both inside the form's year, and a 主管部门 that is not the project's own name.
 */
final class HeaderRules implements Rule {

    private static final List<String> BOXES = List.of("专项资金", "经常性项目", "一次性项目");

    @Override
    public void check(Subject s, Findings out, ParsedValues values) {
        Project p = s.project();
        if (s.family() == FormFamily.MUBIAO) {
            List<String> ticked = p.category() == null ? List.of() : List.of(p.category().split("、"));
            if (ticked.isEmpty()) {
                out.error(s, "header.noCategory", "category");
            } else if (ticked.size() > 1) {
                out.error(s, "header.twoCategories", "category", p.category());
            } else if (!BOXES.contains(ticked.get(0))) {
                out.warning(s, "header.otherCategory", "category", p.category());
            }
        }
        if (s.family() == FormFamily.ZIPING) {
            department(s, out, p);
            return; // the 自评表 has no plan dates
        }
        Optional<TypedDate> start = date(s, out, "start", p.start());
        Optional<TypedDate> end = date(s, out, "end", p.end());
        if (start.isPresent() && end.isPresent() && start.get().firstDay().isAfter(end.get().lastDay())) {
            out.error(s, "header.startAfterEnd", "start", p.start(), p.end());
        }
        if (s.year() != null) {
            start.filter(d -> d.year() > s.year()).ifPresent(d -> out.warning(s, "header.outsideYear", "start",
                    p.start(), String.valueOf(s.year())));
            end.filter(d -> d.year() < s.year()).ifPresent(d -> out.warning(s, "header.outsideYear", "end",
                    p.end(), String.valueOf(s.year())));
        }
        department(s, out, p);
    }

    private static void department(Subject s, Findings out, Project p) {
        if (p.department() != null && p.department().strip().equals(p.name().strip())) {
            out.warning(s, "header.departmentIsName", "department", p.department());
        }
        if (p.department() == null || p.department().isBlank()) {
            out.warning(s, "header.noDepartment", "department");
        }
    }

    private static Optional<TypedDate> date(Subject s, Findings out, String path, String text) {
        if (text == null || text.isBlank()) {
            out.warning(s, "header.noDate", path);
            return Optional.empty();
        }
        Optional<TypedDate> d = TypedDate.parse(text);
        if (d.isEmpty()) {
            out.error(s, "header.badDate", path, text);
        }
        return d;
    }

}
