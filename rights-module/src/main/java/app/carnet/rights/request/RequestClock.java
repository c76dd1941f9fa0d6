package app.carnet.rights.request;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The clock of one request as the register keeps it: the day received, the months granted (1, or 2 or 3 once
 * extended), the days it stood still waiting for identity information, and since when it stands still now (décret
 * 2019-536, art. 77: the deadline is suspended while the information is awaited). The dates are counted by
 * {@link RightsDeadline} (Regulation 1182/71).
 */
record RequestClock(LocalDate received, int months, long suspendedDays, @Nullable LocalDate suspendedSince) {

    static RequestClock of(LocalDate received) {
        return new RequestClock(received, RightsDeadline.FIRST, 0, null);
    }

    /** The deadline on {@code today}: the days of a suspension still going on count as standing still. */
    RightsDeadline deadline(LocalDate today) {
        var deadline = new RightsDeadline(received, months, suspendedDays);
        return suspendedSince == null ? deadline : deadline.suspendedFor(daysSince(suspendedSince, today));
    }

    boolean suspended() {
        return suspendedSince != null;
    }

    /** The clock stops on {@code today} (identity information asked). */
    RequestClock suspend(LocalDate today) {
        return suspended() ? this : new RequestClock(received, months, suspendedDays, today);
    }

    /** The clock runs again on {@code today} (the information arrived): the days it stood still are added. */
    RequestClock resume(LocalDate today) {
        if (suspendedSince == null) {
            return this;
        }
        return new RequestClock(received, months, suspendedDays + daysSince(suspendedSince, today), null);
    }

    /**
     * Extended to {@code totalMonths} on {@code today}.
     *
     * @throws app.carnet.domain.shared.BusinessException as {@link RightsDeadline#extendedTo} does
     */
    RequestClock extend(int totalMonths, LocalDate today) {
        return new RequestClock(received, deadline(today).extendedTo(totalMonths, today).months(), suspendedDays,
                suspendedSince);
    }

    private static long daysSince(LocalDate since, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(since, today));
    }
}
