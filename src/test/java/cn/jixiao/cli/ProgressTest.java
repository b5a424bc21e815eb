package cn.jixiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** With the output piped, a long run still says how far it has got, a line every few seconds, and no more. */
class ProgressTest {

    @Test
    void pipedARunPrintsALineEveryFewSecondsNotPerFile() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintWriter(text), false, "正在读取", 10, now::get);
        for (int i = 0; i < 10; i++) {
            now.addAndGet(1_000_000_000L); // a file a second
            p.step();
        }
        assertEquals(List.of("正在读取 3/10", "正在读取 6/10", "正在读取 9/10"), text.toString().lines().toList());
    }

    @Test
    void aQuickPipedRunStaysQuiet() {
        StringWriter text = new StringWriter();
        Progress p = new Progress(new PrintWriter(text), false, "正在读取", 100, () -> 0L);
        for (int i = 0; i < 100; i++) {
            p.step();
        }
        assertEquals("", text.toString());
    }
}
