package cn.jixiao.bench;

import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Funds;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.MoneyUnit;
import cn.jixiao.registry.Project;
import cn.jixiao.registry.Registry;
import cn.jixiao.registry.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A registry of a given size with realistic text, for benchmarks. Deterministic. */
public final class SyntheticRegistry {

    private static final String[][] FRAMEWORK = {
        {"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"}, {"成本指标", "经济成本指标"},
        {"效益指标", "社会效益指标"}, {"效益指标", "可持续影响指标"}, {"满意度指标", "服务对象满意度指标"}};

    private SyntheticRegistry() {
    }

    public static Registry of(int units, int projects, int indicators) {
        List<Unit> list = new ArrayList<>();
        for (int u = 1; u <= units; u++) {
            List<Project> ps = new ArrayList<>();
            for (int p = 1; p <= projects; p++) {
                List<Indicator> is = new ArrayList<>();
                for (int i = 0; i < indicators; i++) {
                    String[] level = FRAMEWORK[i * FRAMEWORK.length / indicators];
                    is.add(Indicator.of(level[0], level[1], "指标" + i + "：活动开展次数及覆盖率", "≥" + (i + 1) + ".00(次)"));
                }
                BigDecimal amount = new BigDecimal(u * 1000 + p).movePointLeft(2);
                ps.add(new Project("b-" + u + "-" + p, "第" + p + "号项目运行经费", null, "浦江镇人民政府", null, "经常性项目",
                        "2024.01.01", "2024.12.31", new Funds(amount, amount, BigDecimal.ZERO, amount, amount,
                        BigDecimal.ZERO, BigDecimal.ZERO), "保障各项工作正常运转，提升服务质量。", "按计划完成年度各项工作任务。",
                        null, is));
            }
            list.add(new Unit("第" + u + "实施单位", ps));
        }
        return new Registry(2024, FormFamily.MUBIAO, MoneyUnit.WAN_YUAN, null, list);
    }
}
