package cn.jixiao.cli;

import cn.jixiao.i18n.UserError;
import java.util.Locale;

/**
 * An option's value as one of an enum's constants, named in lower case on the command line; any
 * other value is the command's own message (in the user's language), not picocli's.
 */
final class Choice {

    private Choice() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String value, String badKey) {
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(value)) {
                return e;
            }
        }
        throw new UserError(badKey, value);
    }
}
