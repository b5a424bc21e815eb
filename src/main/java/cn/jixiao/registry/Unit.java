package cn.jixiao.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** An implementing unit (实施单位): one workbook each when packs are made. */
@JsonPropertyOrder({"name", "projects"})
public record Unit(String name, List<Project> projects) {

    public Unit {
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    public Unit withProjects(List<Project> newProjects) {
        return new Unit(name, newProjects);
    }
}
