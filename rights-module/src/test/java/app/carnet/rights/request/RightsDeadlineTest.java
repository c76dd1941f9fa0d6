package app.carnet.rights.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.carnet.domain.shared.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-month clock of a request (GDPR art. 12(3), counted as Regulation 1182/71 art. 3): law.md, C-R1. */
class RightsDeadlineTest {

    @ParameterizedTest(name = "received {0}, due {1}")
    @CsvSource({
        "2026-11-30, 2026-12-30", // the same date next month, a Wednesday
        "2028-01-31, 2028-02-29", // no 31 February: the month's last day, a leap year
        "2027-01-31, 2027-03-01", // 28 February 2027 is a Sunday: Monday 1 March
        "2026-04-01, 2026-05-04", // 1 May 2026 is a holiday (a Friday), then a week-end: Monday 4 May
        "2026-07-15, 2026-08-17", // 15 August 2026, Assumption, is a Saturday: Monday 17 August
        "2026-12-25, 2027-01-25", // received on a holiday: counted from the next day all the same
    })
    void firstMonth_shouldEndAsRegulation1182_71Says(LocalDate received, LocalDate due) {
        assertEquals(due, RightsDeadline.of(received).due());
    }

    @Test
    void extension_shouldAddUpToTwoMonthsOnceAndOnlyWithinTheFirstMonth() {
        var clock = RightsDeadline.of(LocalDate.of(2026, 11, 30));

        assertEquals(LocalDate.of(2027, 3, 1), clock.extendedTo(3, LocalDate.of(2026, 12, 30)).due(),
                "no 30 February, and 28 February 2027 is a Sunday; told on the first month's last day, in time");
        assertEquals(LocalDate.of(2027, 2, 1), clock.extendedTo(2, LocalDate.of(2026, 12, 1)).due(),
                "30 January 2027 is a Saturday");
        assertEquals("rights.extension.late", assertThrows(BusinessException.class,
                () -> clock.extendedTo(3, LocalDate.of(2026, 12, 31))).messageKey());
        assertEquals("rights.extension.once", assertThrows(BusinessException.class,
                () -> clock.extendedTo(2, LocalDate.of(2026, 12, 1)).extendedTo(3, LocalDate.of(2026, 12, 2)))
                .messageKey());
        assertEquals("rights.extension.tooLong", assertThrows(BusinessException.class,
                () -> clock.extendedTo(4, LocalDate.of(2026, 12, 1))).messageKey());
        assertEquals("rights.extension.tooLong", assertThrows(BusinessException.class,
                () -> clock.extendedTo(1, LocalDate.of(2026, 12, 1))).messageKey());
    }

    @Test
    void waitingForIdentity_shouldStopTheClock() {
        var clock = RightsDeadline.of(LocalDate.of(2026, 11, 30)).suspendedFor(5).suspendedFor(2);

        assertEquals(LocalDate.of(2027, 1, 6), clock.due(), "30 December + 7 days");
        assertEquals(LocalDate.of(2027, 1, 6), clock.firstMonthDue(), "the first month stretches too");
    }

    @Test
    void daysLeft_shouldBeZeroOnTheLastDayAndNegativeOnceOverdue() {
        var clock = RightsDeadline.of(LocalDate.of(2026, 11, 30));

        assertEquals(7, clock.daysLeft(LocalDate.of(2026, 12, 23)));
        assertEquals(0, clock.daysLeft(LocalDate.of(2026, 12, 30)));
        assertEquals(-2, clock.daysLeft(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void clock_shouldRefuseWhatNoRequestHas() {
        assertThrows(IllegalArgumentException.class, () -> new RightsDeadline(LocalDate.of(2026, 1, 5), 4, 0));
        assertThrows(IllegalArgumentException.class, () -> new RightsDeadline(LocalDate.of(2026, 1, 5), 1, -1));
    }
}
