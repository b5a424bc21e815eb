package cn.jixiao.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One project and its form. Text fields hold the form's text as written (dates too: the forms
 * write them in many styles, and a registry must give back what it was given).
 */
@JsonPropertyOrder({"id", "name", "form", "department", "nature", "category", "start", "end", "funds",
        "overall_goal", "annual_goal", "evaluation", "indicators"})
public record Project(
        String id,
        String name,
        FormFamily form,
        String department,
        String nature,
        String category,
        String start,
        String end,
        Funds funds,
        String overallGoal,
        String annualGoal,
        Evaluation evaluation,
        List<Indicator> indicators) {

    public Project {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public Project withId(String newId) {
        return new Project(newId, name, form, department, nature, category, start, end, funds,
                overallGoal, annualGoal, evaluation, indicators);
    }

    public Project withIndicators(List<Indicator> newIndicators) {
        return new Project(id, name, form, department, nature, category, start, end, funds,
                overallGoal, annualGoal, evaluation, newIndicators);
    }
}
