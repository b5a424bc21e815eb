package cn.jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * How far a long run has got. On a terminal, a one-line bar redrawn in place. When the output is
 * piped or logged, a plain line every few seconds, so that a run of many files is not silent for
 * a quarter of a minute (and a log shows where a slow run was).
 */
final class Progress {

    /** How often a piped run says how far it has got. */
    static final long PIPED_EVERY_NANOS = 3_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String label;
    private final int total;
    private final LongSupplier clock;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong lastLine;

    Progress(Env env, String label, int total) {
        this(env.err(), env.interactive(), label, total, System::nanoTime);
    }

    Progress(PrintWriter err, boolean terminal, String label, int total, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.label = label;
        this.total = total;
        this.clock = clock;
        this.lastLine = new AtomicLong(clock.getAsLong());
    }

    void step() {
        int n = done.incrementAndGet();
        if (total <= 1) {
            return;
        }
        if (!terminal) {
            long now = clock.getAsLong();
            long last = lastLine.get();
            if (n < total && now - last >= PIPED_EVERY_NANOS && lastLine.compareAndSet(last, now)) {
                synchronized (err) {
                    err.println(label + " " + n + "/" + total);
                    err.flush();
                }
            }
            return;
        }
        int width = 30;
        int filled = (int) ((long) n * width / total);
        synchronized (err) {
            err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total);
            if (n == total) {
                err.println();
            }
            err.flush();
        }
    }
}
