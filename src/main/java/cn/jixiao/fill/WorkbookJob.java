package cn.jixiao.fill;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Registry.UnitProject;
import cn.jixiao.template.TemplateSource;
import java.nio.file.Path;
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
}
