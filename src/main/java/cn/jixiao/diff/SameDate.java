package cn.jixiao.diff;

import cn.jixiao.grid.TypedDate;
import java.util.Optional;

/**
 * Dates are compared by the day they name, not by how they are written: 2024-01-01 read from a
 * date cell is the 2024.01.01 that was sent, not a change. A month alone (2024.1) is not its first day.
 */
public final class SameDate {

    private SameDate() {
    }

    public static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Optional<TypedDate> x = TypedDate.parse(a);
        return x.isPresent() && x.equals(TypedDate.parse(b));
    }
}
