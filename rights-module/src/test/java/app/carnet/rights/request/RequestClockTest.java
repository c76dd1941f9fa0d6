package app.carnet.rights.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The register's clock wired to {@link RightsDeadline}: suspended while identity information is awaited (décret
 * 2019-536, art. 77), running again on receipt with those days added, extended once within the first month.
 */
class RequestClockTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 30);

    @Test
    void suspension_shouldStopTheClockUntilTheAnswerAndAddItsDays() {
        var clock = RequestClock.of(RECEIVED);
        assertEquals(LocalDate.of(2026, 12, 30), clock.deadline(RECEIVED).due());
        var waiting = clock.suspend(LocalDate.of(2026, 12, 4));
        assertTrue(waiting.suspended());
        assertEquals(LocalDate.of(2027, 1, 4), waiting.deadline(LocalDate.of(2026, 12, 9)).due(),
                "5 days waited so far: 30 Dec + 5 = Mon 4 Jan");
        assertEquals(waiting, waiting.suspend(LocalDate.of(2026, 12, 6)), "suspended once, from the first day");
        var running = waiting.resume(LocalDate.of(2026, 12, 14));
        assertFalse(running.suspended());
        assertEquals(10, running.suspendedDays());
        assertEquals(LocalDate.of(2027, 1, 11), running.deadline(LocalDate.of(2027, 1, 2)).due(),
                "10 days: 30 Dec + 10 = Sat 9 Jan, so Monday 11 January; later days no longer count");
        assertEquals(running, running.resume(LocalDate.of(2026, 12, 20)), "resumed once");
    }

    @Test
    void extension_shouldBeDecidedWithinTheFirstMonthOnly() {
        var clock = RequestClock.of(RECEIVED);
        var extended = clock.extend(3, LocalDate.of(2026, 12, 30));
        assertEquals(3, extended.months());
        assertEquals(LocalDate.of(2027, 3, 1), extended.deadline(LocalDate.of(2026, 12, 30)).due(),
                "28 Feb 2027 is a Sunday");
        assertEquals("rights.extension.late", assertThrows(BusinessException.class,
                () -> clock.extend(2, LocalDate.of(2026, 12, 31))).messageKey());
        assertEquals("rights.extension.once", assertThrows(BusinessException.class,
                () -> extended.extend(3, LocalDate.of(2026, 12, 1))).messageKey());
    }

    @Test
    void extension_shouldCountTheDaysTheClockStoodStill() {
        var waiting = RequestClock.of(RECEIVED).suspend(LocalDate.of(2026, 12, 20));
        // 20 days waiting on 9 January: the first month now ends on 19 January, so an extension is still in time
        var extended = waiting.extend(2, LocalDate.of(2027, 1, 9));
        assertEquals(2, extended.months());
        assertTrue(extended.suspended(), "still waiting for the identity information");
    }
}
