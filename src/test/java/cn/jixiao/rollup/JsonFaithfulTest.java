package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the spool may hold on the heap: only what its JSON gives back as it went in (see SpoolTest for whole projects). */
class JsonFaithfulTest {

    public record Inner(String text, BigDecimal amount) {
    }

    public record Outer(int count, long big, boolean flag, Inner inner, List<Inner> list, Map<String, String> cells) {
    }

    private record Hidden(String text) {
    }

    private static Outer outer(String text, BigDecimal amount, Map<String, String> cells) {
        return new Outer(3, 4L, true, new Inner("a", BigDecimal.ONE), List.of(new Inner(text, amount)), cells);
    }

    @Test
    void textAndPlainDecimalsAndPrimitivesAreFaithfulAtAnyDepth() {
        JsonFaithful f = new JsonFaithful();
        assertTrue(f.test(outer("x", new BigDecimal("12.50"), Map.of("name", "B3"))));
        assertTrue(f.test(outer(null, null, Map.of())));
    }

    @Test
    void anEmptyTextOrADecimalOfNegativeScaleAnywhereIsNot() {
        JsonFaithful f = new JsonFaithful();
        assertFalse(f.test(outer("", BigDecimal.ONE, Map.of())));
        assertFalse(f.test(outer("x", new BigDecimal("1E+2"), Map.of())));
        assertFalse(f.test(outer("x", BigDecimal.ONE, Map.of("name", ""))));
        assertFalse(f.test(outer("x", BigDecimal.ONE, Map.of("", "B3"))));
    }

    @Test
    void aRecordItCannotReachOrATypeItDoesNotKnowGoesToDisk() {
        JsonFaithful f = new JsonFaithful();
        assertFalse(f.test(new Hidden("x")));
        assertFalse(f.test(new StringBuilder("x")));
    }

    /** A desk rolls up again and again: the accessors, each a class of its own, are made once for the process. */
    @Test
    void rollingUpAgainAndAgainDefinesNoNewClasses() {
        new JsonFaithful().test(outer("x", BigDecimal.ONE, Map.of()));
        long before = java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        for (int i = 0; i < 200; i++) {
            assertTrue(new JsonFaithful().test(outer("x", BigDecimal.ONE, Map.of("name", "B3"))));
        }
        long after = java.lang.management.ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        assertTrue(after - before < 20, (after - before) + " classes loaded for 200 spools");
    }
}
