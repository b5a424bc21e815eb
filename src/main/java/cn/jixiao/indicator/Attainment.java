package cn.jixiao.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;

/**
 * Self-evaluation arithmetic of domain.md: is an indicator met, and what score does the rule
 * suggest. The suggestion is only a reference; people round and judge, so a checker should warn,
 * not fail, when the stated score differs.
 */
public final class Attainment {

    /**
     * A bare number of these units is a time limit ({@code 24小时}: answer within 24 hours), so it
     * reads as ≤. Any other bare number ({@code 33 家}, {@code 100%}, {@code 0}) is a level to reach
     * and reads as ≥, the reading the scoring rule of domain.md assumes.
     */
    private static final Set<String> DURATIONS = Set.of("小时", "分钟", "秒", "天", "日", "工作日", "个工作日");

    private Attainment() {
    }

    /**
     * Numbers compare with the target's operator when the units agree or one side has none; the
     * actual's own operator is ignored (people copy the target's {@code ≥} into the actual column).
     * Words compare as {@link WordMatch} says; a worded actual against a numeric target counts only
     * when it is a plain yes ({@code 已完成}) or no ({@code 未完成}). Anything EMPTY or UNPARSEABLE,
     * different units, a number against a worded target: UNKNOWN.
     */
    public static Verdict met(IndicatorValue target, IndicatorValue actual) {
        if (!comparable(target) || !comparable(actual)) {
            return Verdict.UNKNOWN;
        }
        if (target.isQuantitative() && actual.isQuantitative()) {
            if (!target.unit().isEmpty() && !actual.unit().isEmpty() && !target.unit().equals(actual.unit())) {
                return Verdict.UNKNOWN;
            }
            return direction(target).holds(actual.number(), target.number()) ? Verdict.MET : Verdict.NOT_MET;
        }
        if (actual.isQuantitative()) {
            return Verdict.UNKNOWN; // 及时 against 100%: which 100%?
        }
        return target.isQuantitative()
                ? WordMatch.affirmation(actual.text())
                : WordMatch.compare(target.text(), actual.text());
    }

    /**
     * Met in full: all the points. Not met with numbers on both sides: actual ÷ target × points, or
     * target ÷ actual × points for a ≤/< target (for = the smaller of the two ratios, so overshooting
     * an exact target also costs), clamped to [0, points], 2 decimals HALF_UP. A zero denominator
     * gives 0. Empty when the verdict is UNKNOWN, and when a worded target is not met: there is no
     * ratio to take, a person decides.
     */
    public static Optional<BigDecimal> suggestedScore(IndicatorValue target, IndicatorValue actual,
                                                      BigDecimal points) {
        Verdict v = met(target, actual);
        if (v == Verdict.MET) {
            return Optional.of(points.setScale(2, RoundingMode.HALF_UP));
        }
        if (v == Verdict.UNKNOWN || !target.isQuantitative() || !actual.isQuantitative()) {
            return Optional.empty();
        }
        BigDecimal t = target.number();
        BigDecimal a = actual.number();
        Operator op = direction(target);
        BigDecimal ratio = switch (op) {
            case LE, LT -> divide(t, a);
            case EQ -> divide(a, t).min(divide(t, a));
            default -> divide(a, t);
        };
        BigDecimal score = ratio.multiply(points).max(BigDecimal.ZERO).min(points);
        return Optional.of(score.setScale(2, RoundingMode.HALF_UP));
    }

    /** The operator a target is judged by: its own, or for a bare number the reading above. */
    static Operator direction(IndicatorValue target) {
        if (target.operator() != Operator.NONE) {
            return target.operator();
        }
        return DURATIONS.contains(target.unit()) ? Operator.LE : Operator.GE;
    }

    private static boolean comparable(IndicatorValue v) {
        return v.kind() != ValueKind.EMPTY && v.kind() != ValueKind.UNPARSEABLE;
    }

    private static BigDecimal divide(BigDecimal x, BigDecimal y) {
        return y.signum() == 0 ? BigDecimal.ZERO : x.divide(y, MathContext.DECIMAL64);
    }
}
