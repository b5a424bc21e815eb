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
