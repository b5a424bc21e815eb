package cn.jixiao.check;

import cn.jixiao.read.ReturnedProject;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.RegistryLines;
import java.util.Map;

/**
 * One project under check: the project as it came in, with where it came from, and for a YAML
 * registry its lines, so that a finding can name the cell or the line.
 */
public record Subject(ReturnedProject returned, RegistryLines lines) {

    public String file() {
        return returned.origin().file();
    }

    public String sheet() {
        return returned.origin().sheet();
    }

    public String unit() {
        return returned.unit();
    }

    public Project project() {
        return returned.project();
    }

    public FormFamily family() {
        return returned.family();
    }

    public Integer year() {
        return returned.year();
    }

    public MoneyUnit money() {
        return returned.moneyUnit();
    }

    /** For a registry, the project's path in it (units[0].projects[2]). */
    public String basePath() {
        return returned.origin().registryPath();
    }

    public Map<String, String> cells() {
        return returned.origin().cells();
    }

    /** Where the value at this path (funds.annual_total, indicators[2].target) is. */
    public Place at(String path) {
        if (sheet() != null) {
            String cell = cells().get(path);
            String p = path;
            while (cell == null && p.contains(".")) {
                p = p.substring(0, p.lastIndexOf('.'));
                cell = cells().get(p + ".name"); // a whole indicator: its name's cell
            }
            return new Place(file(), sheet(), cell, path, null);
        }
        String full = path.isEmpty() ? basePath() : basePath() + "." + path;
        return new Place(file(), null, null, full, lines == null ? null : lines.line(full).orElse(null));
    }
}
