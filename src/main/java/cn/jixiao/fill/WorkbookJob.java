package cn.jixiao.fill;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Registry.UnitProject;
import cn.jixiao.template.TemplateSource;
import java.nio.file.Path;
import java.util.List;

/** One workbook to write: which projects, from which template, under which title, to which file. */
public record WorkbookJob(
        Path target,
        TemplateSource template,
        FormFamily family,
        int year,
        MoneyUnit moneyUnit,
        String tocTitle,
        String unitLabel,
        List<UnitProject> projects,
        List<String> sheetNames) {
}
