package cn.jixiao.fill;

import cn.jixiao.i18n.UserError;
import cn.jixiao.util.AtomicFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs workbook jobs in parallel, one per core. Each job writes its own file atomically, so a
 * failure or a kill leaves the files already written complete and no partial file behind.
 */
public final class Filler {

    private final int threads;

    public Filler(int threads) {
        this.threads = Math.max(1, threads);
    }

    public static Filler perCore() {
        return new Filler(Runtime.getRuntime().availableProcessors());
    }

    /** Lets cancelled jobs run their clean-up (temporary files) before the process may exit. */
    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Fills every job; {@code done} hears of each finished job (for progress). */
    public void fill(List<WorkbookJob> jobs, boolean force, Consumer<WorkbookJob> done) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, jobs.size())), r -> {
            Thread t = new Thread(r, "jixiao-fill");
            t.setDaemon(true);
            return t;
        });
        WorkbookFiller filler = new WorkbookFiller();
        AtomicFiles.Batch files = new AtomicFiles.Batch(jobs.stream().map(WorkbookJob::target).toList());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (WorkbookJob job : jobs) {
                futures.add(pool.submit(() -> {
                    filler.fill(job, force, files);
                    done.accept(job);
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    Throwable cause = e.getCause();
                    if (cause instanceof UserError ue) {
                        throw ue;
                    }
                    if (cause instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }
}
