package app.carnet.rights.request;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.FrenchCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The clock of a request to exercise a right (GDPR art. 12(3)): an answer within one month of receipt, extendable
 * once by up to two further months, the client told of it and why within the first month. Counted as Regulation
 * 1182/71 art. 3 counts: the day of receipt is not counted, a period of months ends on the same date of the last
 * month, or on that month's last day when it has no such date (31 January → 28 or 29 February), and an end that
 * falls on a Saturday, a Sunday or a French public holiday moves to the next working day (art. 3(4)). While Carnet
 * waits for identity information, the clock stands still (décret 2019-536, art. 77): those days are added.
 *
 * @param received the day the request reached the practice
 * @param months 1, or 2 or 3 once extended
 * @param suspendedDays the days spent waiting for identity information
 */
public record RightsDeadline(LocalDate received, int months, long suspendedDays) {

    /** The first month, the most an extension can add (art. 12(3): "by two further months"). */
    public static final int FIRST = 1;
    public static final int LONGEST = 3;

    public RightsDeadline {
        if (months < FIRST || months > LONGEST || suspendedDays < 0) {
            throw new IllegalArgumentException("A request's clock runs one to three months, never back");
        }
    }

    /** A request just received: one month. */
    public static RightsDeadline of(LocalDate received) {
        return new RightsDeadline(received, FIRST, 0);
    }

    /** The last day to answer. */
    public LocalDate due() {
        return end(months);
    }

    /** The last day of the first month: the last day an extension may be decided and told. */
    public LocalDate firstMonthDue() {
        return end(FIRST);
    }

    /**
     * The clock extended to {@code totalMonths} (2 or 3) on {@code today}.
     *
     * @throws BusinessException {@code rights.extension.late} after the first month, {@code rights.extension.once}
     *         when it was extended already, {@code rights.extension.tooLong} beyond two further months
     */
    public RightsDeadline extendedTo(int totalMonths, LocalDate today) {
        if (months > FIRST) {
            throw new BusinessException("rights.extension.once");
        }
        if (totalMonths <= FIRST || totalMonths > LONGEST) {
            throw new BusinessException("rights.extension.tooLong");
        }
        if (today.isAfter(firstMonthDue())) {
            throw new BusinessException("rights.extension.late");
        }
        return new RightsDeadline(received, totalMonths, suspendedDays);
    }

    /** The clock after {@code days} more spent waiting for identity information. */
    public RightsDeadline suspendedFor(long days) {
        return new RightsDeadline(received, months, suspendedDays + days);
    }

    /** Days left on {@code today}: 0 on the last day, negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, due());
    }

    private LocalDate end(int monthsCounted) {
        return FrenchCalendar.workingDayFrom(received.plusMonths(monthsCounted).plusDays(suspendedDays));
    }
}
