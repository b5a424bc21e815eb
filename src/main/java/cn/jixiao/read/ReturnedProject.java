package cn.jixiao.read;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;

/**
 * One project as it came back, from a returned workbook or a registry alike: its implementing
 * unit, the form it is on, the year and the unit its amounts are stated in, and where it came from.
 * check, diff, rollup, status and the demo all take projects in this one shape.
 */
public record ReturnedProject(String unit, FormFamily family, Integer year, MoneyUnit moneyUnit, Project project,
                              Origin origin) {
}
