package cn.jixiao.diff;

import cn.jixiao.registry.Indicator;
import cn.jixiao.registry.Nearest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pairs the indicators sent with those returned: first by name, then the rest by how alike they
 * are (name, then target and levels), so that an indicator the unit reworded is reported as
 * renamed, not as one removed and one added. What stays unpaired was removed or added.
 */
final class IndicatorPairs {

    /** How alike two indicators must be, 0..1, to be taken for one renamed. */
    private static final double RENAMED = 0.5;

    record Pair(Indicator sent, Indicator returned) {
    }

    private IndicatorPairs() {
    }

    static List<Pair> of(List<Indicator> sent, List<Indicator> returned) {
        List<Pair> pairs = new ArrayList<>();
        List<Indicator> left = new ArrayList<>(sent);
        List<Indicator> right = new ArrayList<>(returned);
        for (Indicator s : sent) {
            Indicator same = right.stream().filter(r -> Objects.equals(r.name(), s.name())
                    && Objects.equals(r.level1(), s.level1()) && Objects.equals(r.level2(), s.level2()))
                    .findFirst().orElseGet(() -> right.stream().filter(r -> Objects.equals(r.name(), s.name()))
                            .findFirst().orElse(null));
            if (same != null) {
                pairs.add(new Pair(s, same));
                left.remove(s);
                right.remove(same);
            }
        }
        while (!left.isEmpty() && !right.isEmpty()) {
            double best = -1;
            Indicator bs = null;
            Indicator br = null;
            for (Indicator s : left) {
                for (Indicator r : right) {
                    double score = similarity(s, r);
                    if (score > best) {
                        best = score;
                        bs = s;
                        br = r;
                    }
                }
            }
            if (best < RENAMED) {
                break;
            }
            pairs.add(new Pair(bs, br));
            left.remove(bs);
            right.remove(br);
        }
        left.forEach(s -> pairs.add(new Pair(s, null)));
        // In the order the indicators were sent; those the unit added come last.
        pairs.sort(java.util.Comparator.comparingInt(p -> p.sent() == null ? Integer.MAX_VALUE : indexOf(sent, p.sent())));
        right.forEach(r -> pairs.add(new Pair(null, r)));
        return pairs;
    }

    private static int indexOf(List<Indicator> list, Indicator i) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k) == i) {
                return k;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** Mostly the name's likeness; the same target and levels add to it. */
    static double similarity(Indicator a, Indicator b) {
        double name = likeness(a.name(), b.name());
        double target = Objects.equals(a.target(), b.target()) ? 1 : 0;
        double levels = Objects.equals(a.level2(), b.level2()) ? 1 : Objects.equals(a.level1(), b.level1()) ? 0.5 : 0;
        return 0.6 * name + 0.25 * target + 0.15 * levels;
    }

    private static double likeness(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) Nearest.distance(a, b) / longer;
    }
}
