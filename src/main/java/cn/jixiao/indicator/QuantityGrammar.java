package cn.jixiao.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Operator, number, unit: {@code ≥10.00(次)}, {@code >=95%}, {@code 不低于95%}, {@code 90%及以上},
 * {@code 3天以内}, {@code 33 家}, {@code 1.5万元}. Around that core a form may add a label in front
 * ({@code 完成率 100%}, {@code 满意度90%以上}) or a remark behind ({@code 100%，符合上级规定},
 * {@code 10所学校（历年延续）}); both go to the note.
 */
final class QuantityGrammar {

    // Longest spellings first so that 大于等于 is not read as 大于 followed by junk.
    private static final String GE = ">=|≥|≧|⩾|大于或等于|大于等于|不得低于|不得少于|不低于|不少于|不小于|至少";
    private static final String LE = "<=|≤|≦|⩽|小于或等于|小于等于|不得超过|不得高于|不高于|不超过|不大于|不多于|最多";
    private static final String GT = ">|大于|高于|超过|多于";
    private static final String LT = "<|小于|低于|少于";
    private static final String EQ = "==|=|等于";
    // Chinese usage counts the number itself in 以上/以下 ("95%以上" includes 95%).
    private static final String SUFFIX_GE = "及以上|或以上|以上";
    private static final String SUFFIX_LE = "及以下|或以下|以下|以内|之内|内";

    private static final Pattern CORE = Pattern.compile(
            "(?<op>" + GE + "|" + LE + "|" + GT + "|" + LT + "|" + EQ + ")?\\s*"
            + "(?<num>\\d+(?:\\.\\d+)?)\\s*"
            + "(?<unit>[^0-9]*?)\\s*"
            + "(?<suf>" + SUFFIX_GE + "|" + SUFFIX_LE + ")?");
    /** A unit is short and free of digits, operators and list punctuation. */
    /** The operators alone, compiled once: prefixOperator runs for every indicator value read. */
    private static final Pattern GE_WORD = Pattern.compile(GE);
    private static final Pattern LE_WORD = Pattern.compile(LE);
    private static final Pattern GT_WORD = Pattern.compile(GT);
    private static final Pattern LT_WORD = Pattern.compile(LT);
    private static final Pattern SUFFIX_GE_WORD = Pattern.compile(SUFFIX_GE);
    private static final Pattern UNIT = Pattern.compile("[^0-9<>=≥≤≦≧,;、:]{0,8}");
    private static final Pattern WHOLLY_IN_PARENS = Pattern.compile("\\(([^()]*)\\)");
    /** A trailing remark in parentheses: two characters or more, so 29所校(园) keeps its unit. */
    private static final Pattern PAREN_REMARK = Pattern.compile("(.+?)\\(([^()]{2,})\\)");
    private static final Pattern LABEL = Pattern.compile("\\p{IsHan}{1,10}");

    private QuantityGrammar() {
    }

    /** The whole text as a quantity, with an optional label and remark, or empty. */
    static Optional<IndicatorValue> parse(String normalised, String original) {
        String[] parts = ValueText.splitRemark(normalised);
        for (String[] attempt : new String[][] {{normalised, ""}, parts}) {
            if (attempt[0].isEmpty()) {
                continue;
            }
            Optional<IndicatorValue> v = labelled(attempt[0], attempt[1], original);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** Tries the core alone, then with the shortest leading run of Han characters taken as a label. */
    private static Optional<IndicatorValue> labelled(String text, String remark, String original) {
        Optional<IndicatorValue> bare = core(text, "", remark, original);
        if (bare.isPresent()) {
            return bare;
        }
        for (int i = 1; i < text.length(); i++) {
            String label = text.substring(0, i);
            if (!LABEL.matcher(label).matches()) {
                break;
            }
            String rest = text.substring(i).replaceFirst("^[\\s:]+", "");
            Optional<IndicatorValue> v = core(rest, label, remark, original);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<IndicatorValue> core(String text, String label, String remark, String original) {
        Matcher m = CORE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Operator prefix = prefixOperator(m.group("op"));
        Operator suffix = suffixOperator(m.group("suf"));
        if (prefix != Operator.NONE && suffix != Operator.NONE && !prefix.equals(suffix)) {
            return Optional.empty(); // 不低于95%以下 says two things; let a person look
        }
        Operator op = prefix != Operator.NONE ? prefix : suffix;
        String unit = ValueText.squeeze(m.group("unit"));
        String parenRemark = "";
        Matcher whole = WHOLLY_IN_PARENS.matcher(unit);
        Matcher tail = PAREN_REMARK.matcher(unit);
        if (whole.matches()) {
            unit = whole.group(1); // the 申报表 prints ≥10.00(次)
        } else if (tail.matches()) {
            unit = tail.group(1);
            parenRemark = tail.group(2);
        }
        if (!UNIT.matcher(unit).matches()) {
            return Optional.empty();
        }
        String note = ValueText.joinNotes(label, ValueText.joinNotes(parenRemark, remark));
        return Optional.of(IndicatorValue.quantity(op, new BigDecimal(m.group("num")), unit, note, original));
    }

    static Operator prefixOperator(String word) {
        if (word == null) {
            return Operator.NONE;
        }
        if (GE_WORD.matcher(word).matches()) {
            return Operator.GE;
        }
        if (LE_WORD.matcher(word).matches()) {
            return Operator.LE;
        }
        if (GT_WORD.matcher(word).matches()) {
            return Operator.GT;
        }
        return LT_WORD.matcher(word).matches() ? Operator.LT : Operator.EQ;
    }

    private static Operator suffixOperator(String word) {
        if (word == null) {
            return Operator.NONE;
        }
        return SUFFIX_GE_WORD.matcher(word).matches() ? Operator.GE : Operator.LE;
    }
}
