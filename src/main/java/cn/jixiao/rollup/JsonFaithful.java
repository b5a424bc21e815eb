package cn.jixiao.rollup;

import java.lang.invoke.LambdaConversionException;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a project would come back from the spool's JSON just as it went in, so that the spool
 * may keep it on the heap instead (see {@link Spool}) and the book come out the same either way.
 * The registry's JSON reads an empty text back as none ("" as null) and writes a decimal plainly
 * (1E+2 comes back as 100, another scale): a project holding either goes to disk and back, as
 * every project once did. Empty lists and maps are faithful: the records that hold them (a
 * project's indicators, an origin's cells) make an empty one of none. Holds nothing of its own:
 * safe on any thread.
 */
final class JsonFaithful {

    private static final MethodType OBJECT_TO_OBJECT = MethodType.methodType(Object.class, Object.class);

    /**
     * Each record type's component accessors, made once for the process, not once a spool: each
     * accessor is a class the lambda factory defines, which is never unloaded, so made anew for
     * every rollup they would pile up in a process that rolls up again and again (the desk).
     * ClassValue is the JVM's own cache of what is worked out once per class; empty when the
     * record cannot be reached (it goes to disk).
     */
    private static final ClassValue<Optional<Function<Object, Object>[]>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Optional<Function<Object, Object>[]> computeValue(Class<?> type) {
            return Optional.ofNullable(accessors(type));
        }
    };

    boolean test(Object value) {
        // Most of a project is text: asked first.
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value == null || value instanceof Enum<?> || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return true;
        }
        if (value instanceof BigDecimal d) {
            return d.scale() >= 0;
        }
        if (value instanceof Collection<?> c) {
            return all(c);
        }
        if (value instanceof Map<?, ?> m) {
            // Keys and values apart: an immutable map's entries are made anew at each step.
            return all(m.keySet()) && all(m.values());
        }
        if (value instanceof Record r) {
            Optional<Function<Object, Object>[]> accessors = COMPONENTS.get(r.getClass());
            if (accessors.isEmpty()) {
                return false;
            }
            for (Function<Object, Object> accessor : accessors.get()) {
                if (!test(accessor.apply(r))) {
                    return false;
                }
            }
            return true;
        }
        return false; // a type this does not know: to disk and back, to be sure
    }

    private boolean all(Collection<?> c) {
        for (Object o : c) {
            if (!test(o)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The accessors of a record type as functions, or null when they cannot be reached (not
     * public): it goes to disk. Functions made by the lambda factory, not method handles: the
     * launcher's compiler (C1) calls a function directly but a method handle through checks of
     * its type at every call, which cost a third of the test.
     */
    @SuppressWarnings("unchecked")
    private static Function<Object, Object>[] accessors(Class<?> type) {
        if (!visible(type)) {
            return null; // the functions, defined beside this class, could not name it
        }
        RecordComponent[] rc = type.getRecordComponents();
        Function<Object, Object>[] made = new Function[rc.length];
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            for (int i = 0; i < rc.length; i++) {
                MethodHandle accessor = MethodHandles.publicLookup().unreflect(rc[i].getAccessor());
                made[i] = (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                        MethodType.methodType(Function.class), OBJECT_TO_OBJECT, accessor,
                        MethodType.methodType(rc[i].getType().isPrimitive() ? wrapper(rc[i].getType())
                                : rc[i].getType(), type)).getTarget().invokeExact();
            }
            return made;
        } catch (IllegalAccessException | LambdaConversionException e) {
            return null;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this class's loader finds the same type by its name (a record of another loader would not be). */
    private static boolean visible(Class<?> type) {
        try {
            return Class.forName(type.getName(), false, JsonFaithful.class.getClassLoader()) == type;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Class<?> wrapper(Class<?> primitive) {
        return MethodType.methodType(primitive).wrap().returnType();
    }
}
