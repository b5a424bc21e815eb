package cn.jixiao.rollup;

/**
 * Lets tasks running side by side do one step each in the order they were numbered: task k's
 * step runs once every task before it has done its step or given up its turn. Tasks must be
 * started in their order (a pool's queue does this), so that the one whose turn it is is running.
 */
final class Turns {

    /** A step that may fail as reading a workbook does. */
    interface Step {
        void run() throws java.io.IOException;
    }

    private final boolean[] passed;
    private int next;

    Turns(int tasks) {
        passed = new boolean[tasks];
    }

    /** Waits for turn k, runs the step, and passes the turn on, whether the step succeeded or not. */
    void take(int k, Step step) throws java.io.IOException {
        try {
            await(k);
            step.run();
        } finally {
            pass(k);
        }
    }

    /** Gives up turn k (a task that stops before its step); again, nothing more. */
    synchronized void pass(int k) {
        passed[k] = true;
        while (next < passed.length && passed[next]) {
            next++;
        }
        notifyAll();
    }

    private synchronized void await(int k) {
        while (next < k) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to splice in order", e);
            }
        }
    }
}
