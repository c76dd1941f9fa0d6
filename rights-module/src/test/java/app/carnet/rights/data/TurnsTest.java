package app.carnet.rights.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Archives are made a few at a time: the others wait their turn, none is lost, and they start in order. */
class TurnsTest {

    @Test
    void tasks_shouldRunAtMostTwoAtATimeAndAllInTheEnd() throws Exception {
        var pool = Executors.newCachedThreadPool();
        try {
            var turns = new Turns(2, pool);
            var running = new AtomicInteger();
            var most = new AtomicInteger();
            var release = new CountDownLatch(1);
            var twoStarted = new CountDownLatch(2);
            var ended = new CountDownLatch(7);
            List<Integer> started = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 7; i++) {
                int number = i;
                turns.add(() -> {
                    started.add(number);
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    twoStarted.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    ended.countDown();
                });
            }
            assertTrue(twoStarted.await(10, TimeUnit.SECONDS));
            assertEquals(List.of(0, 1), started.stream().sorted().toList(), "the first two, the five others waiting");
            release.countDown();
            assertTrue(ended.await(10, TimeUnit.SECONDS), "every task ran");
            assertEquals(2, most.get(), "never more than two at once");
            assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), started.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
    }
}
