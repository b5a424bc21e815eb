package cn.jixiao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The fill benchmark runs both sides over every unit, in alternating slices, and says so in its row. */
class FillBenchTest {

    @Test
    void bothSidesFillEveryUnitInSlicesTakenInTurn() throws IOException {
        FillBench.Result r = FillBench.run(6, 2, 3);
        assertEquals(6, r.units());
        assertEquals(Math.min(FillBench.SLICES, 6), r.slices());
        assertTrue(r.plainNanos() > 0 && r.pipelineNanos() > 0);
        assertEquals((double) r.pipelineNanos() / r.plainNanos(), r.ratio(), 1e-12);
        assertTrue(r.row().markdown().contains("`bench fill` (6 units × 2 × 3)"), r.row().markdown());
    }

    @Test
    void fewerUnitsThanSlicesMakeOneSliceEach() throws IOException {
        assertEquals(1, FillBench.run(1, 1, 1).slices());
    }
}
