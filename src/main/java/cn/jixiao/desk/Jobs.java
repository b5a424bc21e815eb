package cn.jixiao.desk;

import cn.jixiao.i18n.Messages;
import cn.jixiao.i18n.UserError;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The workspace's long work (making the packs, building the summary book), one job at a time: a
 * second is refused with a message saying what is running. The page polls the snapshot for its
 * progress bar.
 */
final class Jobs implements AutoCloseable {

    /** How far a job has got; what the page shows. */
    public record Snapshot(long id, String kind, String label, boolean running, int done, int total, String message,
                    String error) {
    }

    /** Counts the steps of a job as it goes. */
    static final class Progress {
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;

        void total(int n) {
            total = n;
        }

        void step() {
            done.incrementAndGet();
        }
    }

    /** A job's work: returns what to tell the user when it is done. */
    @FunctionalInterface
    interface Work {
        String run(Progress progress) throws Exception;
    }

    private final Messages messages;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jixiao-desk-job");
        t.setDaemon(true);
        return t;
    });
    private long nextId = 1;
    private Snapshot last = new Snapshot(0, "", "", false, 0, 0, null, null);
    private Progress progress = new Progress();

    Jobs(Messages messages) {
        this.messages = messages;
    }

    /** Starts the job, or refuses with the message the page shows if one is running. */
    synchronized Snapshot start(String kind, String label, Work work) {
        if (last.running()) {
            Snapshot now = snapshot();
            throw new UserError("desk.job.busy", now.label(), String.valueOf(now.done()), String.valueOf(now.total()));
        }
        Progress p = new Progress();
        progress = p;
        long id = nextId++;
        last = new Snapshot(id, kind, label, true, 0, 0, null, null);
        executor.submit(() -> finish(id, kind, label, p, work));
        return last;
    }

    private void finish(long id, String kind, String label, Progress p, Work work) {
        String message = null;
        String error = null;
        try {
            message = work.run(p);
        } catch (UserError e) {
            error = messages.render(e.msg());
        } catch (Exception | Error e) {
            error = messages.get("error.internal", String.valueOf(e));
        }
        synchronized (this) {
            last = new Snapshot(id, kind, label, false, p.done.get(), p.total, message, error);
        }
    }

    synchronized Snapshot snapshot() {
        if (!last.running()) {
            return last;
        }
        return new Snapshot(last.id(), last.kind(), last.label(), true, progress.done.get(), progress.total,
                null, null);
    }

    synchronized boolean running() {
        return last.running();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
