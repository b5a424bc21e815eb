package cn.jixiao.fill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Sheet names as Excel takes them, numbered past their first use the same way however many
 * times a name comes back (a district's units all have their 运行经费).
 */
class SheetNamesTest {

    @Test
    void namesAreMadeSafeAndNumbered() {
        List<String> names = SheetNames.unique(List.of("运行经费", "运行经费", "a/b:c*d?[e]", "'引号'", "", "汇总",
                "ABC", "abc", "运行经费(2)", "运行经费"), Set.of("汇总"));
        assertEquals(List.of("运行经费", "运行经费(2)", "a_b_c_d__e_", "引号", "项目", "汇总(2)", "ABC", "abc(2)",
                "运行经费(2)(2)", "运行经费(3)"), names);
    }

    @Test
    void longNamesAreCutToMakeRoomForTheirNumber() {
        String longName = "上海市浦东新区某某镇二〇二四年度财政项目支出绩效目标申报表（第一批次补充）";
        List<String> names = SheetNames.unique(List.of(longName, longName, longName), Set.of());
        assertEquals(SheetNames.MAX, names.get(0).length());
        assertEquals(longName.substring(0, SheetNames.MAX - 3) + "(2)", names.get(1));
        assertEquals(longName.substring(0, SheetNames.MAX - 3) + "(3)", names.get(2));
        // A character outside the BMP is two chars: never cut between them.
        assertEquals("a".repeat(30), SheetNames.unique(List.of("a".repeat(30) + "😀"), Set.of()).get(0));
    }

    /** The numbering that goes on from where it stopped gives what trying (2), (3)… anew gives. */
    @Test
    void sameAsTryingEveryNumberAnew() {
        Random random = new Random(5);
        String[] stems = {"运行经费", "办公经费", "ABC", "abc", "x".repeat(30), "运行经费(2)", "办公经费(3)", "项目",
            "y".repeat(27) + "😀😀"};
        for (int round = 0; round < 50; round++) {
            List<String> wanted = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                wanted.add(stems[random.nextInt(stems.length)]);
            }
            Set<String> reserved = Set.of("汇总", "运行经费(4)", "ABC(2)");
            assertEquals(tryingEveryNumber(wanted, reserved), SheetNames.unique(wanted, reserved));
        }
    }

    /** What a district's numbering comes to (correctness only: the speed is in docs/performance.md). */
    @Test
    void manyRepeatsAreNumberedInOrder() {
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            wanted.add("运行经费");
        }
        List<String> names = SheetNames.unique(wanted, Set.of());
        assertEquals("运行经费", names.get(0));
        assertEquals("运行经费(2000)", names.get(1_999));
        assertEquals(2_000, new HashSet<>(names).size());
    }

    /** The numbering as it was first written: (2), (3)… tried from the start for every name. */
    private static List<String> tryingEveryNumber(List<String> wanted, Set<String> reserved) {
        Set<String> used = new HashSet<>();
        reserved.forEach(r -> used.add(r.toLowerCase(Locale.ROOT)));
        List<String> result = new ArrayList<>();
        for (String w : wanted) {
            String base = SheetNames.safe(w);
            String name = base;
            for (int n = 2; used.contains(name.toLowerCase(Locale.ROOT)); n++) {
                String suffix = "(" + n + ")";
                name = SheetNames.cut(base, SheetNames.MAX - suffix.length()) + suffix;
            }
            used.add(name.toLowerCase(Locale.ROOT));
            result.add(name);
        }
        return result;
    }
}
