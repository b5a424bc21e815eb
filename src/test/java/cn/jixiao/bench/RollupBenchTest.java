package cn.jixiao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rollup benchmark rolls up every project it filled, and says what it measured in its rows. */
class RollupBenchTest {

    @Test
    void everyProjectFilledIsRolledUpAndTheRowsSayHow() throws Exception {
        RollupBench.Result r = RollupBench.run(3, 2, 4, true, n -> { });
        assertEquals(6, r.rolledUp());
        assertEquals(0, r.formsOmitted());
        assertTrue(r.readNanos() > 0 && r.allNanos() > 0 && r.bookMiB() > 0);
        assertTrue(r.row().markdown().contains("6 forms included"), r.row().markdown());
        // From test classes, not the jar: no whole processes to run, and none claimed.
        assertEquals(Optional.empty(), r.processes());
        RollupBench.Processes p = new RollupBench.Processes(30, false, 5, 3_000_000_000L, 2_000_000_000L);
        assertEquals("| `rollup` of 30 workbooks, forms left out, whole process | 3.00 s "
                + "| `read` of the same workbooks, whole process: 2.00 s | 1.50 | ≤ 1.5× |", p.row().markdown());
    }
}
