package cn.jixiao.read;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;

/**
 * One form read back: the sheet it came from, its implementing unit, the project, and what the
 * form says of itself (family, year, money unit). filledDigest is the digest jixiao recorded when
 * it filled this sheet (null for a workbook it did not fill), so later steps can tell what changed;
 * order is the project's place in the registry it was filled from, when known; cells maps registry
 * paths (funds.annual_total, indicators[3].target) to the cells they were read from; anchor is the
 * cell the form starts at (its 项目名称 label), so that a sheet holding many forms can name each.
 */
public record ReadForm(String sheet, String unit, Project project, FormFamily family, Integer year,
                       MoneyUnit moneyUnit, String filledDigest, Integer order, java.util.Map<String, String> cells,
                       String anchor) {
}
