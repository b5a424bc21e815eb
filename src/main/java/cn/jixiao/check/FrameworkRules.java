package cn.jixiao.check;

import cn.jixiao.indicator.Framework;
import cn.jixiao.indicator.FrameworkVersion;
import cn.jixiao.indicator.IndicatorValue;
import cn.jixiao.indicator.Levels;
import cn.jixiao.indicator.Operator;
import cn.jixiao.indicator.ParsedValues;
import cn.jixiao.indicator.ValueKind;
import cn.jixiao.registry.Indicator;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The indicator table: which framework it follows (the older one with 成本指标 under 产出指标, or
 * the newer one with 成本指标 as a 一级), each 二级 under a 一级 that allows it, the 一级 a form
 * must have, and every indicator's name and value: present, not a placeholder, not repeated,
 * readable, a cost not set as a floor, a percentage not above 100.
 */
final class FrameworkRules implements Rule {

    private static final Set<String> PLACEHOLDERS = Set.of("*", "/", "—", "——", "-", "--", "xx", "无", "……", "...");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public void check(Subject s, Findings out, ParsedValues values) {
        List<Indicator> list = s.project().indicators();
        if (list.isEmpty()) {
            out.error(s, "framework.noIndicators", "indicators");
            return;
        }
        List<Levels> levels = list.stream().map(i -> new Levels(i.level1(), i.level2())).toList();
        FrameworkVersion version = Framework.detect(levels).orElse(FrameworkVersion.OLD);
        Set<String> seenLevel1 = new HashSet<>();
        Set<String> seenNames = new HashSet<>();
        for (int k = 0; k < list.size(); k++) {
            Indicator i = list.get(k);
            String at = "indicators[" + k + "]";
            String l1 = Framework.normalise(i.level1());
            seenLevel1.add(l1);
            if (l1.isEmpty()) {
                out.error(s, "framework.noLevel1", at + ".level1", text(i.name()));
            } else if (!Framework.knows(version, l1)) {
                out.error(s, "framework.unknownLevel1", at + ".level1", i.level1());
            } else if (!Framework.allows(version, i.level1(), i.level2())) {
                out.error(s, "framework.level2", at + ".level2", text(i.level2()), i.level1(),
                        String.join("、", Framework.allowedLevel2(version, l1)), versionName(version));
            }
            if (blank(i.name())) {
                out.error(s, "indicator.noName", at + ".name", text(i.name()));
            } else if (placeholder(i.name())) {
                out.warning(s, "indicator.placeholderName", at + ".name", i.name(), text(i.target()));
            } else if (!seenNames.add(i.name().strip())) {
                out.warning(s, "indicator.duplicate", at + ".name", i.name());
            }
            value(s, out, at, i, l1, values);
        }
        for (String required : Framework.requiredLevel1(version)) {
            if (!seenLevel1.contains(required)) {
                out.error(s, "framework.missingLevel1", "indicators", required, versionName(version));
            }
        }
    }

    private static void value(Subject s, Findings out, String at, Indicator i, String level1,
                              ParsedValues values) {
        if (blank(i.target()) || placeholder(i.target())) {
            out.error(s, "indicator.noTarget", at + ".target", text(i.name()), text(i.target()));
            return;
        }
        IndicatorValue v = values.apply(i.target());
        if (v.kind() == ValueKind.UNPARSEABLE) {
            out.warning(s, "indicator.unparseable", at + ".target", i.target());
            return;
        }
        boolean cost = level1.equals(Framework.COST) || Framework.normalise(i.level2()).endsWith("成本指标");
        if (cost && v.isQuantitative() && (v.operator() == Operator.GE || v.operator() == Operator.GT)) {
            out.warning(s, "indicator.costFloor", at + ".target", i.target());
        }
        if (v.isQuantitative() && "%".equals(v.unit()) && v.number().compareTo(HUNDRED) > 0) {
            out.error(s, "indicator.percentOver100", at + ".target", i.target());
        }
    }

    /** 1 for the newer framework, 0 for the older: the messages choose their wording by it. */
    static int versionName(FrameworkVersion v) {
        return v == FrameworkVersion.NEW ? 1 : 0;
    }

    private static boolean blank(String t) {
        return t == null || t.isBlank();
    }

    private static boolean placeholder(String t) {
        return t != null && PLACEHOLDERS.contains(t.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String text(String t) {
        return t == null ? "" : t;
    }
}
