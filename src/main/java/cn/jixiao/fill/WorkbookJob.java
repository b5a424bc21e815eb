package cn.jixiao.fill;

import cn.jixiao.meta.MetaInfo;
import cn.jixiao.meta.MetaSheet;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Registry.UnitProject;
import cn.jixiao.registry.RegistryIO;
import cn.jixiao.template.TemplateSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One workbook to write: which projects, from which template, under which title, to which file.
 * order is each project's position in the registry. title is the registry's own (the summary book's), kept so that reading the workbook back gives it again.
 */
public record WorkbookJob(
        Path target,
        TemplateSource template,
        FormFamily family,
        int year,
        MoneyUnit moneyUnit,
        String title,
        String tocTitle,
        String unitLabel,
        List<UnitProject> projects,
        List<String> sheetNames,
        List<Integer> order) {

    /** What the workbook's hidden sheet records of this job, a digest of each project with it. */
    public MetaSheet.Stamp stamp(RegistryIO io) {
        List<MetaInfo.SheetEntry> sheets = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            UnitProject up = projects.get(i);
            sheets.add(new MetaInfo.SheetEntry(sheetNames.get(i), up.project().id(), up.unit().name(),
                    up.project().name(), io.digest(up.project()), order.get(i)));
        }
        return new MetaSheet.Stamp(template.id(), template.origin(), family.key(), year, moneyUnit.label(), unitLabel,
                title, sheets);
    }
}
