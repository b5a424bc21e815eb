package cn.jixiao.fill;

import cn.jixiao.meta.MetaSheet;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.Registry.UnitProject;
import cn.jixiao.registry.Unit;
import cn.jixiao.template.OfficialTemplates;
import cn.jixiao.template.TemplateSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which workbooks a fill writes: one per implementing unit (the default), one per project, or
 * one for everything in the layout of the seeds' summary books. Projects of another form family
 * than the registry's go to a workbook of their own, since one workbook holds one template.
 */
public final class FillPlan {

    /** How projects are grouped into workbooks. */
    public enum Grouping { UNIT, PROJECT, SINGLE }

    private FillPlan() {
    }

    /** A workbook per implementing unit, named the default way: what the demo and the benchmarks fill. */
    public static List<WorkbookJob> byUnit(Registry registry, Path dir, Function<FormFamily, TemplateSource> templates) {
        return of(registry, Grouping.UNIT, dir, FileNames.DEFAULT_PATTERN, templates, new FileNames());
    }

    public static List<WorkbookJob> of(Registry registry, Grouping grouping, Path dir, String pattern,
                                       Function<FormFamily, TemplateSource> templates, FileNames names) {
        List<WorkbookJob> jobs = new ArrayList<>();
        Map<String, List<UnitProject>> groups = new LinkedHashMap<>();
        Map<UnitProject, Integer> index = new IdentityHashMap<>();
        registry.projects().forEach(up -> {
            index.put(up, index.size());
            String key = switch (grouping) {
                case UNIT -> up.unit().name();
                case PROJECT -> up.unit().name() + "\u0000" + up.project().name() + "\u0000" + up.project().id();
                case SINGLE -> "";
            };
            groups.computeIfAbsent(registry.formOf(up.project()).key() + "\u0001" + key, k -> new ArrayList<>()).add(up);
        });
        for (List<UnitProject> group : groups.values()) {
            FormFamily family = registry.formOf(group.get(0).project());
            Unit unit = group.get(0).unit();
            boolean oneUnit = group.stream().allMatch(up -> up.unit() == unit);
            String unitLabel = oneUnit ? unit.name() : titleOrTown(registry);
            Map<String, String> fields = Map.of(
                    "year", String.valueOf(registry.year()),
                    "form", family.shortName(),
                    "unit", unitLabel,
                    "project", grouping == Grouping.PROJECT ? group.get(0).project().name() : "",
                    "title", registry.title() == null ? "" : registry.title());
            String filePattern = grouping == Grouping.PROJECT && !pattern.contains("{project}")
                    ? pattern + "-{project}" : pattern;
            if (grouping == Grouping.SINGLE && registry.title() != null && pattern.equals(FileNames.DEFAULT_PATTERN)) {
                filePattern = "{title}"; // a summary book is known by its title, as the seeds' books are
            }
            Path target = names.resolve(dir, filePattern, fields);
            String tocTitle = grouping == Grouping.SINGLE && registry.title() != null ? registry.title()
                    : unitLabel + " " + registry.year() + " 年度项目绩效" + (family == FormFamily.ZIPING ? "自评表" : "目标表") + "目录";
            List<String> sheetNames = SheetNames.unique(group.stream().map(up -> up.project().name()).toList(),
                    Set.of(OfficialTemplates.TOC_SHEET, OfficialTemplates.FORM_SHEET, MetaSheet.NAME));
            jobs.add(new WorkbookJob(target, templates.apply(family), family, registry.year(), registry.moneyUnit(),
                    registry.title(), tocTitle, unitLabel, group, sheetNames, positions(index, group)));
        }
        return jobs;
    }

    /** Where each project of a group stands in the registry, so reading many files back restores the order. */
    private static List<Integer> positions(Map<UnitProject, Integer> index, List<UnitProject> group) {
        return group.stream().map(index::get).toList();
    }

    private static String titleOrTown(Registry registry) {
        return registry.title() != null ? registry.title() : "汇总";
    }
}
