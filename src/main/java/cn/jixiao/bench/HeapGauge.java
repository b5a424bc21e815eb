package cn.jixiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap figures for a benchmark phase: the peak the heap pools reached, and what stays live after
 * a full collection (what a phase keeps, as opposed to what it churns through).
 */
public final class HeapGauge {

    private HeapGauge() {
    }

    public static void resetPeak() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset, in MiB. */
    public static double peakMiB() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    /** Heap in use after a full collection, in MiB. */
    public static double liveMiB() {
        System.gc();
        // What the collection left, as each pool recorded it then: the heap's use read afterwards also
        // counts what the phase's threads allocated in between, tens of MiB when they are busy.
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    /**
     * Samples the live heap (after a full collection) every interval while a phase runs, and keeps
     * the largest: what the phase holds at its fullest, unlike the peak, which also counts garbage
     * the collector had not yet got to.
     */
    public static final class LiveSampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile double max;

        public LiveSampler(long intervalMillis) {
            thread = new Thread(() -> {
                while (running) {
                    max = Math.max(max, liveMiB());
                    try {
                        Thread.sleep(intervalMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        public double maxLiveMiB() {
            return max;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }
}
