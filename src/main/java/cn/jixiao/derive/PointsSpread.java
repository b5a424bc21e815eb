package cn.jixiao.derive;

import cn.jixiao.registry.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares each 一级's points among its indicators in whole points that add up exactly (largest
 * remainder: 50 among three is 17, 17, 16), so every project totals 100. A 一级 the form has no
 * indicator under passes its points to the others, in proportion to their weights; indicators
 * under a 一级 the weights do not name share nothing.
 */
final class PointsSpread {

    private PointsSpread() {
    }

    static List<Integer> of(List<Indicator> indicators, Weights w) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            String g = w.groupOf(indicators.get(i).level1());
            if (w.level1().containsKey(g)) {
                groups.computeIfAbsent(g, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, Integer> points = redistribute(w, groups.keySet());
        List<Integer> out = new ArrayList<>(java.util.Collections.nCopies(indicators.size(), 0));
        groups.forEach((g, members) -> {
            List<Integer> shares = split(points.get(g), members.size());
            for (int k = 0; k < members.size(); k++) {
                out.set(members.get(k), shares.get(k));
            }
        });
        return out;
    }

    /** The points of the 一级 present, with those of any absent one shared among them. */
    private static Map<String, Integer> redistribute(Weights w, java.util.Set<String> present) {
        int indicatorsTotal = 100 - w.rate();
        int presentWeight = present.stream().mapToInt(g -> w.level1().get(g)).sum();
        Map<String, Integer> points = new LinkedHashMap<>();
        if (presentWeight == 0) {
            return points;
        }
        List<String> order = new ArrayList<>(present);
        List<Integer> shares = splitBy(indicatorsTotal, order.stream().map(g -> w.level1().get(g)).toList());
        for (int i = 0; i < order.size(); i++) {
            points.put(order.get(i), shares.get(i));
        }
        return points;
    }

    /** total into n whole parts differing by at most one, larger ones first. */
    static List<Integer> split(int total, int n) {
        List<Integer> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(total / n + (i < total % n ? 1 : 0));
        }
        return parts;
    }

    /** total into whole parts in proportion to the weights, the remainder to the largest fractions. */
    static List<Integer> splitBy(int total, List<Integer> weights) {
        int sum = weights.stream().mapToInt(Integer::intValue).sum();
        List<Integer> parts = new ArrayList<>();
        List<double[]> remainders = new ArrayList<>();
        int given = 0;
        for (int i = 0; i < weights.size(); i++) {
            double exact = (double) total * weights.get(i) / sum;
            parts.add((int) Math.floor(exact));
            given += (int) Math.floor(exact);
            remainders.add(new double[] {exact - Math.floor(exact), i});
        }
        remainders.sort((a, b) -> Double.compare(b[0], a[0]));
        for (int k = 0; k < total - given; k++) {
            int i = (int) remainders.get(k)[1];
            parts.set(i, parts.get(i) + 1);
        }
        return parts;
    }
}
