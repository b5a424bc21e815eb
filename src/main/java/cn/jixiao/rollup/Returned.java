package cn.jixiao.rollup;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;

/**
 * One project as it came in: from a returned workbook (file and sheet, what jixiao recorded when
 * it filled it) or from a registry (sheet null). moneyUnit is the unit its amounts are stated in;
 * seq is its place in the order the inputs were given; cells, for a workbook, where each value was
 * read (registry path to cell), so that findings can name the cell; registryPath, for a registry,
 * the project's path in it (units[0].projects[2]).
 */
public record Returned(String unit, FormFamily family, Integer year, MoneyUnit moneyUnit, Project project, String file,
                       String sheet, String filledDigest, String filledAt, Integer order, int seq,
                       java.util.Map<String, String> cells, String registryPath) {
}
