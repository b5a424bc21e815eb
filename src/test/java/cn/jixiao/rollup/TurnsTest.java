package cn.jixiao.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Steps of tasks running side by side are taken in the tasks' order, on one thread or several,
 * when a task gives up its turn without its step, when a step fails, and no task is left waiting
 * when the pool is stopped.
 */
@Timeout(30)
class TurnsTest {

    @Test
    void stepsComeInTheTasksOrderOnOneThreadOrSeveral() throws Exception {
        for (int threads : new int[] {1, 2, 4}) {
            int tasks = 40;
            Turns turns = new Turns(tasks);
            List<Integer> order = Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int k = 0; k < tasks; k++) {
                    int mine = k;
                    running.add(pool.submit(() -> {
                        // Later tasks get to their turn sooner: the order is the turns', not the timing's.
                        Thread.sleep((tasks - mine) % 5);
                        if (mine % 7 == 3) {
                            turns.pass(mine); // gives up its turn without a step
                            return null;
                        }
                        turns.take(mine, () -> {
                            order.add(mine);
                            if (mine % 11 == 5) {
                                throw new IOException("step " + mine + " failed");
                            }
                        });
                        return null;
                    }));
                }
                int failed = 0;
                for (Future<?> f : running) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        failed++;
                    }
                }
                List<Integer> expected = new ArrayList<>();
                int failing = 0;
                for (int k = 0; k < tasks; k++) {
                    if (k % 7 != 3) {
                        expected.add(k);
                        failing += k % 11 == 5 ? 1 : 0;
                    }
                }
                assertEquals(expected, order, threads + " threads");
                assertEquals(failing, failed, "the failed steps' tasks fail, and the others go on");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void tasksWaitingForTheirTurnEndWhenThePoolIsStopped() throws Exception {
        Turns turns = new Turns(3);
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch hold = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Future<?> zero = pool.submit(() -> {
            turns.take(0, () -> {
                first.countDown();
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return null;
        });
        first.await();
        Future<?> two = pool.submit(() -> {
            turns.take(2, () -> { });
            return null;
        });
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS), "no task is left waiting for its turn");
        ExecutionException e = assertThrows(ExecutionException.class, two::get);
        assertTrue(e.getCause() instanceof IllegalStateException, e.toString());
        zero.get();
    }
}
