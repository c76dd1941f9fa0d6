package app.carnet.rights.data;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on an executor, at most {@code atOnce} at a time, the others in the order they came; nothing waits in a
 * thread. Each task added, and each task ended, starts the next ones while there is room.
 */
final class Turns {

    private final int atOnce;
    private final Executor executor;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger running = new AtomicInteger();

    Turns(int atOnce, Executor executor) {
        this.atOnce = atOnce;
        this.executor = executor;
    }

    void add(Runnable task) {
        waiting.add(task);
        next();
    }

    private void next() {
        while (!waiting.isEmpty()) {
            int now = running.get();
            if (now >= atOnce) {
                return; // the task that ends next will start it
            }
            if (!running.compareAndSet(now, now + 1)) {
                continue;
            }
            Runnable task = waiting.poll();
            if (task == null) {
                running.decrementAndGet(); // another took it
                continue;
            }
            try {
                executor.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        running.decrementAndGet();
                        next();
                    }
                });
            } catch (RuntimeException e) {
                running.decrementAndGet();
                throw e;
            }
        }
    }
}
