package cn.jixiao.check;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.RegistryLines;
import java.util.Map;

/**
 * One project under check, with what is needed to say where a finding is: the sheet and the cells
 * its values were read from (a workbook), or its path and lines (a registry).
 */
public record Subject(String file, String sheet, String unit, Project project, FormFamily family, Integer year,
                      MoneyUnit money, String basePath, Map<String, String> cells, RegistryLines lines) {

    /** Where the value at this path (funds.annual_total, indicators[2].target) is. */
    public Place at(String path) {
        if (sheet != null) {
            String cell = cells.get(path);
            String p = path;
            while (cell == null && p.contains(".")) {
                p = p.substring(0, p.lastIndexOf('.'));
                cell = cells.get(p + ".name"); // a whole indicator: its name's cell
            }
            return new Place(file, sheet, cell, path, null);
        }
        String full = path.isEmpty() ? basePath : basePath + "." + path;
        return new Place(file, null, null, full, lines == null ? null : lines.line(full).orElse(null));
    }
}
