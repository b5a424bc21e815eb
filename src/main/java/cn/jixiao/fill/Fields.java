package cn.jixiao.fill;

import java.util.HashMap;
import java.util.TreeSet;

/**
 * The fields a template marker may name. Reading a field that does not exist throws instead of
 * giving null: a misspelt marker such as {@code ${p.nmae}} must stop the fill, not leave the
 * project name silently empty on a form that goes out to a unit.
 */
final class Fields extends HashMap<String, Object> {

    @Override
    public Object get(Object key) {
        if (!containsKey(key)) {
            throw new UnknownField(String.valueOf(key), String.join(", ", new TreeSet<>(keySet())));
        }
        return super.get(key);
    }

    /** A marker named a field that the data does not have; carries the names it could have used. */
    static final class UnknownField extends RuntimeException {
        final String name;
        final String known;

        UnknownField(String name, String known) {
            super("unknown field " + name);
            this.name = name;
            this.known = known;
        }
    }
}
