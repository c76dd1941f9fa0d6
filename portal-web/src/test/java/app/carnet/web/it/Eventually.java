package app.carnet.web.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Waiting for something that happens in its own time (an email, a server's start, a timer's run) by asking again
 * and again until it has happened or a deadline has passed: never a fixed sleep, so that a fast machine does not
 * wait for nothing and a loaded one is given its patience.
 */
public final class Eventually {

    private static final Duration EVERY = Duration.ofMillis(50);

    /** What is asked again; it may fail as what it reads fails. */
    @FunctionalInterface
    public interface Probe<T, E extends Exception> {
        T read() throws E;
    }

    private Eventually() {
    }

    /**
     * Reads {@code probe} every 50 ms until its answer is {@code done} or {@code patience} has passed, and returns
     * the last answer either way: the caller asserts on it, with its own words.
     */
    public static <T, E extends Exception> T until(Duration patience, Probe<T, E> probe, Predicate<? super T> done)
            throws E, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        T answer = probe.read();
        while (!done.test(answer) && Instant.now().isBefore(deadline)) {
            Thread.sleep(EVERY);
            answer = probe.read();
        }
        return answer;
    }
}
