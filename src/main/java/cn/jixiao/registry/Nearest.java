package cn.jixiao.registry;

import java.util.Collection;

/** The valid name closest to a mistyped one (edit distance), for "did you mean" hints. */
public final class Nearest {

    private Nearest() {
    }

    static String of(String typed, Collection<String> valid) {
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : valid) {
            int d = distance(typed.toLowerCase(), candidate.toLowerCase());
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Whether two texts are exactly one edit apart (one character changed, added or left out):
     * {@code distance(a, b) == 1}, found in one pass instead of a table of their lengths' product,
     * for rules that compare every pair of many names.
     */
    public static boolean oneEditApart(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int extra = longer.length() - shorter.length();
        if (extra > 1) {
            return false;
        }
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        if (i == shorter.length()) {
            return extra == 1; // the same, or the longer with one character more at the end
        }
        // Past the first difference: the rest alike after one change (same lengths) or one added character.
        return shorter.regionMatches(i + 1 - extra, longer, i + 1, longer.length() - i - 1);
    }

    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
