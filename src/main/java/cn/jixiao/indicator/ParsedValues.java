package cn.jixiao.indicator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Cells read as {@link IndicatorValues#parse} reads them, remembered: the same targets and
 * results (≥95%, 100%, 10月底前) come back project after project, and a rollup reads each target
 * for its indicator table and again for its checks. Forgotten past a few thousand texts, so the
 * heap stays small. Safe on several threads (a value may be read twice at once; both are equal).
 */
public final class ParsedValues implements Function<String, IndicatorValue> {

    private static final int LIMIT = 4096;

    private final Map<String, IndicatorValue> seen = new ConcurrentHashMap<>();

    @Override
    public IndicatorValue apply(String text) {
        if (text == null) {
            return IndicatorValues.parse(null);
        }
        IndicatorValue v = seen.get(text);
        if (v == null) {
            v = IndicatorValues.parse(text);
            if (seen.size() >= LIMIT) {
                seen.clear();
            }
            seen.put(text, v);
        }
        return v;
    }
}
