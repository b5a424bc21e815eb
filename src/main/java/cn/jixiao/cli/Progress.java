package cn.jixiao.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** A one-line progress bar on a terminal; silent when output is piped or in CI. */
final class Progress {

    private final PrintWriter err;
    private final boolean enabled;
    private final String label;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    Progress(Env env, String label, int total) {
        this.err = env.err();
        this.enabled = env.interactive() && total > 1;
        this.label = label;
        this.total = total;
    }

    void step() {
        int n = done.incrementAndGet();
        if (!enabled) {
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
