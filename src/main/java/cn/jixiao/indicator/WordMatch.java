package cn.jixiao.indicator;

import java.util.List;
import java.util.Set;

/**
 * Compares worded values ({@code 及时} against {@code 已及时完成}). Deliberately conservative: a
 * checker that calls a target met when it was not is worse than one that asks a person, so anything
 * short of a plain match or a plain yes/no is UNKNOWN.
 */
final class WordMatch {

    /** What people write in 实际完成值 to say "the target was reached", whatever the target was. */
    private static final Set<String> AFFIRMATIONS = Set.of(
            "是", "达到", "已达到", "完成", "已完成", "全部完成", "按时完成", "达标", "已达标", "实现", "已实现");
    /** And to say plainly that it was not. */
    private static final Set<String> FAILURES = Set.of(
            "否", "未完成", "未达到", "未达标", "未实现", "没有完成", "尚未完成", "未按时完成");
    /**
     * Words that turn a match around or water it down: 不及时 contains 及时, 基本完成 contains 完成.
     * When one appears in the actual and not in the target, containment proves nothing.
     */
    private static final List<String> MARKERS = List.of(
            "未", "没", "不", "无", "否", "尚", "暂", "基本", "部分", "接近", "大部");

    private WordMatch() {
    }

    /** An actual written in words against any non-empty target: only plain yes or plain no count. */
    static Verdict affirmation(String actual) {
        String a = clean(actual);
        if (AFFIRMATIONS.contains(a)) {
            return Verdict.MET;
        }
        return FAILURES.contains(a) ? Verdict.NOT_MET : Verdict.UNKNOWN;
    }

    /** Two worded values: equal, or the actual says the target word without a negation, or yes/no. */
    static Verdict compare(String target, String actual) {
        String t = clean(target);
        String a = clean(actual);
        if (a.equals(t)) {
            return Verdict.MET;
        }
        Verdict plain = affirmation(a);
        if (plain != Verdict.UNKNOWN) {
            return plain;
        }
        if (MARKERS.stream().anyMatch(m -> a.contains(m) && !t.contains(m))) {
            return Verdict.UNKNOWN;
        }
        return !t.isEmpty() && a.contains(t) ? Verdict.MET : Verdict.UNKNOWN;
    }

    /** Spaces and end punctuation are not part of the word: "完成。" is "完成". */
    private static String clean(String s) {
        return ValueText.squeeze(ValueText.normalise(s)).replaceAll("[。.!！,，;；]+$", "");
    }
}
