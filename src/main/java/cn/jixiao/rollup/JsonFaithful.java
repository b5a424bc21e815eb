package cn.jixiao.rollup;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether a project would come back from the spool's JSON just as it went in, so that the spool
 * may keep it on the heap instead (see {@link Spool}) and the book come out the same either way.
 * The registry's JSON reads an empty text back as none ("" as null) and writes a decimal plainly
 * (1E+2 comes back as 100, another scale): a project holding either goes to disk and back, as
 * every project once did. Empty lists and maps are faithful: the records that hold them (a
 * project's indicators, an origin's cells) make an empty one of none. Not thread-safe: one per
 * spool, used by the thread that adds.
 */
final class JsonFaithful {

    private static final java.lang.invoke.MethodType OBJECT_TO_OBJECT =
            java.lang.invoke.MethodType.methodType(Object.class, Object.class);

    /** Each record type's component accessors, looked up once. */
    private final Map<Class<?>, MethodHandle[]> components = new HashMap<>();

    boolean test(Object value) {
        if (value == null || value instanceof Enum<?> || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return true;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof BigDecimal d) {
            return d.scale() >= 0;
        }
        if (value instanceof Collection<?> c) {
            for (Object o : c) {
                if (!test(o)) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!test(e.getKey()) || !test(e.getValue())) {
                    return false;
                }
            }
            return true;
        }
        if (value instanceof Record r) {
            MethodHandle[] accessors = accessors(r.getClass());
            if (accessors == null) {
                return false;
            }
            for (MethodHandle accessor : accessors) {
                try {
                    if (!test((Object) accessor.invokeExact((Object) r))) {
                        return false;
                    }
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    return false;
                }
            }
            return true;
        }
        return false; // a type this does not know: to disk and back, to be sure
    }

    /** The accessors of a record type, or null when they cannot be reached (not public): it goes to disk. */
    private MethodHandle[] accessors(Class<?> type) {
        if (!components.containsKey(type)) {
            RecordComponent[] rc = type.getRecordComponents();
            MethodHandle[] handles = new MethodHandle[rc.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (int i = 0; i < rc.length; i++) {
                    // Typed Object -> Object once, so that each call is an exact one, not adapted anew.
                    handles[i] = lookup.unreflect(rc[i].getAccessor()).asType(OBJECT_TO_OBJECT);
                }
            } catch (IllegalAccessException e) {
                handles = null;
            }
            components.put(type, handles);
        }
        return components.get(type);
    }
}
