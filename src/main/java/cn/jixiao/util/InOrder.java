package cn.jixiao.util;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Works on items on a few threads and hands each outcome back on the caller's thread in the
 * items' order, with only a few items in flight: files are read side by side on every core while
 * what is made of them (registry, spool, problems, progress) stays exactly as a one-by-one loop
 * makes it, and the heap holds a handful of results, not all of them.
 */
public final class InOrder {

    /** What became of one item: its result, or the exception the work threw. */
    public record Outcome<T, R>(T item, R result, RuntimeException error) {
    }

    /** Receives outcomes in item order, on the caller's thread. */
    public interface Sink<T, R> {
        void accept(Outcome<T, R> outcome);
    }

    private InOrder() {
    }

    /** Threads worth using: the cores, but never more than the items. */
    public static int threads(int items) {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), items));
    }

    public static <T, R> void map(List<T> items, int threads, Function<T, R> work, Sink<T, R> sink) {
        if (threads <= 1) {
            for (T item : items) {
                sink.accept(run(item, work));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jixiao-read");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Outcome<T, R>>> inFlight = new ArrayDeque<>();
            int next = 0;
            int ahead = threads * 2;
            while (next < items.size() || !inFlight.isEmpty()) {
                while (next < items.size() && inFlight.size() < ahead) {
                    T item = items.get(next++);
                    inFlight.add(pool.submit(() -> run(item, work)));
                }
                sink.accept(await(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T, R> Outcome<T, R> run(T item, Function<T, R> work) {
        try {
            return new Outcome<>(item, work.apply(item), null);
        } catch (RuntimeException e) {
            return new Outcome<>(item, null, e);
        }
    }

    private static <T, R> Outcome<T, R> await(Future<Outcome<T, R>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // run() catches RuntimeExceptions, so only an Error gets here: let it through as it is.
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
