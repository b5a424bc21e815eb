package cn.jixiao.derive;

import cn.jixiao.i18n.UserError;
import cn.jixiao.indicator.Framework;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a self-evaluation's 100 points are shared: 执行率 and each 一级指标 (domain.md's defaults:
 * 执行率 10, 产出 50, 效益 30, 满意度 10). A newer-framework 成本指标 shares 产出's points, being the
 * cost of the output; a 一级 given its own weight keeps it.
 */
public record Weights(int rate, Map<String, Integer> level1) {

    public static Weights defaults() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(Framework.OUTPUT, 50);
        m.put(Framework.BENEFIT, 30);
        m.put(Framework.SATISFACTION, 10);
        return new Weights(10, m);
    }

    /** 产出=45,效益=30,满意度=15,执行率=10 (names with or without 指标). */
    public static Weights parse(String text) {
        int rate = -1;
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String part : text.split("[,，]")) {
            String[] kv = part.split("[=＝:：]");
            if (kv.length != 2) {
                throw new UserError("derive.badWeights", text);
            }
            int points;
            try {
                points = Integer.parseInt(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new UserError("derive.badWeights", text);
            }
            String name = kv[0].strip();
            if (name.equals("执行率")) {
                rate = points;
            } else {
                m.put(Framework.normalise(name), points);
            }
        }
        int total = Math.max(rate, 0) + m.values().stream().mapToInt(Integer::intValue).sum();
        if (rate < 0 || total != 100) {
            throw new UserError("derive.weightsNot100", text, String.valueOf(total));
        }
        return new Weights(rate, m);
    }

    /** The weight a 一级 counts under: its own, else 成本's under 产出. */
    String groupOf(String level1) {
        String l1 = Framework.normalise(level1);
        if (level1().containsKey(l1)) {
            return l1;
        }
        return l1.equals(Framework.COST) ? Framework.OUTPUT : l1;
    }
}
