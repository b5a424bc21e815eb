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

/**
 * A registry of a given size with realistic text, for benchmarks, deterministic. Its forms are as
 * clean as a careful unit returns them: every indicator named for what it measures (the seeds'
 * kind of names, none repeated within a form), costs capped from above, units whose names are
 * not one character apart. A benchmark of returns that all raise the same warnings measures the
 * warnings, not the work a district's returns make (the returns once raised 17 a project).
 */
public final class SyntheticRegistry {

    /** 一级, 二级, name, target (%d: a small number that varies with the project), in the order forms print them. */
    private static final String[][] INDICATORS = {
        {"产出指标", "数量指标", "全年活动开展次数", "≥%d.00(次)"},
        {"产出指标", "数量指标", "服务覆盖人数", "≥%d00(人)"},
        {"产出指标", "数量指标", "培训场次", "≥%d.00(场)"},
        {"产出指标", "质量指标", "项目验收合格率", "=100.00(%%)"},
        {"产出指标", "质量指标", "培训考核通过率", "≥9%d.00(%%)"},
        {"产出指标", "时效指标", "活动开展及时性", "及时"},
        {"产出指标", "时效指标", "资金支付及时率", "=100.00(%%)"},
        {"成本指标", "经济成本指标", "单次活动成本", "≤%d000.00(元/次)"},
        {"成本指标", "经济成本指标", "人均培训成本", "≤%d00.00(元/人)"},
        {"效益指标", "社会效益指标", "居民参与度提升情况", "提升"},
        {"效益指标", "社会效益指标", "活动参与人次增长率", "≥%d.00(%%)"},
        {"效益指标", "可持续影响指标", "长效管理机制建立情况", "建立"},
        {"效益指标", "可持续影响指标", "服务阵地持续运行情况", "持续运行"},
        {"满意度指标", "服务对象满意度指标", "居民满意度", "≥9%d.00(%%)"},
        {"满意度指标", "服务对象满意度指标", "参与单位满意度", "≥8%d.00(%%)"}};

    /*
     * A unit's name is a town, a village and an office. Within each list no two names share a
     * character at the same place, so two units differ by at least two characters (the checks warn
     * of names one character apart, as a misspelling of one unit): 16 × 10 × 20 = 3,200 names, and
     * as many again in each group numbered after them (names of two such groups are one apart).
     */
    private static final String[] TOWNS = {"浦江", "九亭", "泗泾", "华漕", "梅陇", "七宝", "新场", "惠南", "金桥", "高东",
        "川沙", "泥城", "周浦", "康乐", "曹路", "合庆"};
    private static final String[] VILLAGES = {"联民", "胜利", "永丰", "红星", "光明", "新华", "建设", "长征", "和平", "友谊"};
    private static final String[] OFFICES = {"社区事务受理服务中心", "城市运行管理中心", "文化体育服务中心", "党群服务中心",
        "综合执法队", "农业技术推广站", "卫生健康办公室", "退役军人服务站", "养老服务指导中心", "市容环境卫生所",
        "规划建设办公室", "财务结算中心", "平安建设办公室", "市场监管所", "社会救助事务所", "水务管理站",
        "劳动保障事务所", "青少年活动中心", "老年学校", "图书馆"};

    private SyntheticRegistry() {
    }

    public static Registry of(int units, int projects, int indicators) {
        List<Unit> list = new ArrayList<>();
        for (int u = 1; u <= units; u++) {
            List<Project> ps = new ArrayList<>();
            for (int p = 1; p <= projects; p++) {
                List<Indicator> is = new ArrayList<>();
                for (int i = 0; i < indicators; i++) {
                    int k = chosen(indicators, i);
                    String[] row = INDICATORS[k];
                    String name = i < INDICATORS.length ? row[2] : row[2] + "（" + (i / INDICATORS.length + 1) + "）";
                    is.add(Indicator.of(row[0], row[1], name, String.format(java.util.Locale.ROOT, row[3], (u + p + i) % 9 + 1)));
                }
                BigDecimal amount = new BigDecimal(u * 1000 + p).movePointLeft(2);
                ps.add(new Project("b-" + u + "-" + p, "第" + p + "号项目运行经费", null, "浦江镇人民政府", null, "经常性项目",
                        "2024.01.01", "2024.12.31", new Funds(amount, amount, BigDecimal.ZERO, amount, amount,
                        BigDecimal.ZERO, BigDecimal.ZERO), "保障各项工作正常运转，提升服务质量。", "按计划完成年度各项工作任务。",
                        null, is));
            }
            list.add(new Unit(unitName(u - 1), ps));
        }
        return new Registry(2024, FormFamily.MUBIAO, MoneyUnit.WAN_YUAN, null, list);
    }

    /**
     * Which of the list is a form's i-th of n indicators: one under each 一级 first (a form needs
     * them all), then the others in the list's order, and all in the list's order on the form;
     * past the list's end it starts again (the names then numbered).
     */
    private static int chosen(int n, int i) {
        if (n > INDICATORS.length) {
            return i % INDICATORS.length;
        }
        List<Integer> picked = new ArrayList<>(List.of(0, 7, 9, 13));
        for (int k = 0; picked.size() < n; k++) {
            if (!picked.contains(k)) {
                picked.add(k);
            }
        }
        List<Integer> first = new ArrayList<>(picked.subList(0, n));
        first.sort(null);
        return first.get(i);
    }

    /** The n-th unit's name (from 0); past 3,200 the names come again, each group numbered. */
    static String unitName(int n) {
        int round = n / (TOWNS.length * VILLAGES.length * OFFICES.length);
        int m = n % (TOWNS.length * VILLAGES.length * OFFICES.length);
        String name = TOWNS[m % TOWNS.length] + "镇" + VILLAGES[m / TOWNS.length % VILLAGES.length] + "村"
                + OFFICES[m / (TOWNS.length * VILLAGES.length)];
        return round == 0 ? name : name + "（第" + (round + 1) + "组）";
    }
}
