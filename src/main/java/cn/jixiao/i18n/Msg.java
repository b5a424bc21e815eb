package cn.jixiao.i18n;

import java.util.Arrays;

/** A message to show a user: a key into the message bundles and its arguments. Rendered by {@link Messages}. */
public record Msg(String key, Object... args) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Msg m && m.key.equals(key) && Arrays.equals(m.args, args);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}
