package cn.jixiao.check;

import cn.jixiao.indicator.Attainment;
import cn.jixiao.indicator.ParsedValues;
import cn.jixiao.registry.BudgetRow;
import cn.jixiao.registry.Evaluation;
import cn.jixiao.registry.FormFamily;
import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Project;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The 自评表's arithmetic (domain.md): 执行率 = 全年执行数 ÷ 全年预算数 and its 得分 = 执行率 × 分值,
 * not above 分值; indicator 分值 adding to 90 and with the 执行率 分值 to 100; no score above its
 * 分值; the score the rules suggest (a warning, since people round and judge); a 偏差原因 for any
 * score below full; 总分 the sum of the scores.
 */
final class SelfEvaluationRules implements Rule {

    /** 执行率 stated to one decimal of a percent is still right. */
    private static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.0006");
    private static final BigDecimal SCORE_TOLERANCE = new BigDecimal("0.01");
    /** A stated score this far from the suggested one is worth a look. */
    private static final BigDecimal SUGGESTED_TOLERANCE = new BigDecimal("0.5");
    private static final BigDecimal NINETY = new BigDecimal("90");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public void check(Subject s, Findings out, ParsedValues values) {
        if (s.family() != FormFamily.ZIPING) {
            return;
        }
        Project p = s.project();
        Evaluation e = p.evaluation() == null ? Evaluation.EMPTY : p.evaluation();
        BudgetRow money = e.budget() == null || e.budget().total() == null ? null : e.budget().total();
        BigDecimal computedRate = e.computedRate();
        BigDecimal statedRate = e.rateFraction();
        if (e.rate() != null && statedRate == null) {
            out.error(s, "eval.badRate", "evaluation.rate", e.rate());
        }
        if (statedRate != null && computedRate != null
                && statedRate.subtract(computedRate).abs().compareTo(halfUnit(statedRate).max(RATE_TOLERANCE)) > 0) {
            out.error(s, "eval.rate", "evaluation.rate", e.rate(), percent(computedRate),
                    money.executed().toPlainString(), money.fullYear().toPlainString());
        }
        BigDecimal rate = e.effectiveRate();
        if (e.rateScore() != null && e.ratePoints() != null && rate != null) {
            BigDecimal expected = Evaluation.rateScore(rate, e.ratePoints());
            if (e.rateScore().subtract(expected).abs().compareTo(halfUnit(e.rateScore()).max(SCORE_TOLERANCE)) > 0) {
                out.error(s, "eval.rateScore", "evaluation.rate_score", e.rateScore().toPlainString(),
                        expected.toPlainString(), percent(rate), e.ratePoints().toPlainString());
            }
        }
        if (e.rateScore() != null && e.ratePoints() != null && e.rateScore().compareTo(e.ratePoints()) > 0) {
            out.error(s, "eval.scoreOverPoints", "evaluation.rate_score", e.rateScore().toPlainString(),
                    e.ratePoints().toPlainString());
        }
        indicators(s, out, p.indicators(), values);
        BigDecimal points = p.indicators().stream().map(Indicator::points).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (p.indicators().stream().anyMatch(i -> i.points() != null)) {
            if (points.compareTo(NINETY) != 0) {
                out.error(s, "eval.points90", "indicators", points.toPlainString());
            }
            if (e.ratePoints() != null && points.add(e.ratePoints()).compareTo(HUNDRED) != 0) {
                out.error(s, "eval.points100", "evaluation.rate_points", e.ratePoints().toPlainString(),
                        points.add(e.ratePoints()).toPlainString());
            }
        }
        if (e.totalScore() != null) {
            BigDecimal sum = p.indicators().stream().map(Indicator::score).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal rateScore = e.effectiveRateScore() == null ? BigDecimal.ZERO : e.effectiveRateScore();
            BigDecimal expected = sum.add(rateScore);
            if (e.totalScore().subtract(expected).abs().compareTo(SCORE_TOLERANCE) > 0) {
                out.error(s, "eval.totalScore", "evaluation.total_score", e.totalScore().toPlainString(),
                        expected.toPlainString());
            }
        }
    }

    private static void indicators(Subject s, Findings out, List<Indicator> list, ParsedValues values) {
        for (int k = 0; k < list.size(); k++) {
            Indicator i = list.get(k);
            String at = "indicators[" + k + "]";
            if (i.score() == null || i.points() == null) {
                continue;
            }
            if (i.score().compareTo(i.points()) > 0) {
                out.error(s, "eval.indicatorOverPoints", at + ".score", i.score().toPlainString(),
                        i.points().toPlainString());
                continue;
            }
            if (i.score().compareTo(i.points()) < 0 && (i.deviation() == null || i.deviation().isBlank())) {
                out.warning(s, "eval.noDeviation", at + ".deviation", i.score().toPlainString(),
                        i.points().toPlainString());
            }
            Optional<BigDecimal> suggested = Attainment.suggestedScore(values.apply(i.target()),
                    values.apply(i.actual()), i.points());
            if (suggested.isPresent() && suggested.get().subtract(i.score()).abs().compareTo(SUGGESTED_TOLERANCE) > 0) {
                out.warning(s, "eval.suggested", at + ".score", i.score().toPlainString(),
                        suggested.get().toPlainString(), String.valueOf(i.target()), String.valueOf(i.actual()));
            }
        }
    }

    /**
     * Half a unit of the last decimal the figure was written with: 71% (0.71) was rounded to
     * within 0.005 and is right for anything from 70.5% to 71.5%; a score of 5 for 4.80.
     */
    private static BigDecimal halfUnit(BigDecimal stated) {
        return BigDecimal.ONE.movePointLeft(Math.max(stated.scale(), 0)).divide(BigDecimal.valueOf(2));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
