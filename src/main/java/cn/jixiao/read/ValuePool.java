package cn.jixiao.read;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Equal values read from many forms (the same indicator names, targets, units, amounts) held once:
 * a batch's registry keeps one copy of each instead of one per form, which is most of what it
 * would hold. Only immutable values whose equality is their whole identity belong here (strings,
 * BigDecimals: 16.50 and 16.5 are not equal, so each keeps the decimals it was written with;
 * indicator rows, which nothing tells apart by identity; never projects, which are).
 * Local to one batch and let go with it, unlike String.intern's JVM-wide pool; safe to share
 * between the threads reading the batch's files.
 */
final class ValuePool {

    private static final ValuePool NONE = new ValuePool(null);

    private final Map<Object, Object> values;

    private ValuePool(Map<Object, Object> values) {
        this.values = values;
    }

    /** A pool for one batch. */
    static ValuePool create() {
        return new ValuePool(new ConcurrentHashMap<>());
    }

    /** No pooling: each value is kept as it comes (callers that stream projects on and keep none). */
    static ValuePool none() {
        return NONE;
    }

    /** Whether equal values are held once here (not {@link #none()}). */
    boolean pooling() {
        return values != null;
    }

    /** The pool's copy of value, value itself when it is the first of its kind; null stays null. */
    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        if (value == null || values == null) {
            return value;
        }
        Object held = values.putIfAbsent(value, value);
        return held == null ? value : (T) held;
    }
}
