package cn.jixiao.check;

import cn.jixiao.indicator.ParsedValues;
import cn.jixiao.registry.Funds;
import cn.jixiao.registry.MoneyUnit;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The 项目资金 block: a total is filled when its parts are, the right block adds up (年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金),
 * the left one too when both its parts are filled, the whole project's total is not below the
 * year's, no amount is negative, and no amount looks as if it were written in the other money unit.
 */
final class MoneyRules implements Rule {

    /** 5 亿元: more than a town project's year in 万元, and a sign the figure was typed in 元. */
    private static final BigDecimal LOOKS_LIKE_YUAN = new BigDecimal("50000");
    /** Under 100 元 for a whole project: a sign the figure was typed in 万元. */
    private static final BigDecimal LOOKS_LIKE_WAN = new BigDecimal("100");

    @Override
    public void check(Subject s, Findings out, ParsedValues values) {
        Funds f = s.project().funds();
        if (f == null) {
            return;
        }
        // A total left blank while its parts are filled (Pujiang's 人事系统: 当年财政拨款 0.80, no total).
        if (f.annualTotal() == null && Stream.of(f.appropriation(), f.carryover(), f.annualOther()).anyMatch(Objects::nonNull)) {
            out.error(s, "money.annualBlank", "funds.annual_total",
                    plain(sum(f.appropriation(), f.carryover(), f.annualOther())));
        }
        if (f.total() == null && Stream.of(f.fiscal(), f.other()).anyMatch(Objects::nonNull)) {
            out.error(s, "money.totalBlank", "funds.total", plain(sum(f.fiscal(), f.other())));
        }
        if (f.annualTotal() != null && Stream.of(f.appropriation(), f.carryover(), f.annualOther()).anyMatch(Objects::nonNull)) {
            BigDecimal parts = sum(f.appropriation(), f.carryover(), f.annualOther());
            if (f.annualTotal().compareTo(parts) != 0) {
                out.error(s, "money.annualSum", "funds.annual_total", plain(f.annualTotal()), plain(parts));
            }
        }
        if (f.total() != null && f.fiscal() != null && f.other() != null) {
            BigDecimal parts = sum(f.fiscal(), f.other());
            if (f.total().compareTo(parts) != 0) {
                out.error(s, "money.totalSum", "funds.total", plain(f.total()), plain(parts));
            }
        }
        if (f.total() != null && f.annualTotal() != null && f.total().compareTo(f.annualTotal()) < 0) {
            out.error(s, "money.totalBelowAnnual", "funds.total", plain(f.total()), plain(f.annualTotal()));
        }
        Map<String, BigDecimal> amounts = new java.util.LinkedHashMap<>();
        amounts.put("funds.total", f.total());
        amounts.put("funds.fiscal", f.fiscal());
        amounts.put("funds.other", f.other());
        amounts.put("funds.annual_total", f.annualTotal());
        amounts.put("funds.appropriation", f.appropriation());
        amounts.put("funds.carryover", f.carryover());
        amounts.put("funds.annual_other", f.annualOther());
        for (var e : amounts.entrySet()) {
            BigDecimal v = e.getValue();
            if (v == null) {
                continue;
            }
            if (v.signum() < 0) {
                out.error(s, "money.negative", e.getKey(), plain(v));
            } else if (s.money() == MoneyUnit.WAN_YUAN && v.compareTo(LOOKS_LIKE_YUAN) > 0) {
                out.warning(s, "money.looksLikeYuan", e.getKey(), plain(v));
            } else if (s.money() == MoneyUnit.YUAN && v.signum() > 0 && v.compareTo(LOOKS_LIKE_WAN) < 0) {
                out.warning(s, "money.looksLikeWan", e.getKey(), plain(v));
            }
        }
    }

    static BigDecimal sum(BigDecimal... parts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal p : parts) {
            if (p != null) {
                total = total.add(p);
            }
        }
        return total;
    }

    static String plain(BigDecimal d) {
        return d.toPlainString();
    }
}
