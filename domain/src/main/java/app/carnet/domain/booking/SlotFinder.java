package app.carnet.domain.booking;

import app.carnet.domain.shared.Dates;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The free slots of a day for a service, and why a given time cannot be booked. Slots start on the grid of each
 * opening range in Paris time: a time the spring change skips has no slot, and a time the autumn change repeats
 * has one (its first occurrence). The service ends within the range; the buffer after it may not overlap anything
 * else, nor may the next appointment overlap it.
 */
final class SlotFinder {

    private static final ZoneId ZONE = Dates.PARIS;

    private final BookingRules rules;
    private final List<Interval> busy;
    private final Instant now;

    /** @param busy the spans already taken (appointments with their buffers, blocked time) */
    SlotFinder(BookingRules rules, List<Interval> busy, Instant now) {
        this.rules = rules;
        this.busy = List.copyOf(busy);
        this.now = now;
    }

    /** The first day clients may book, and the last. */
    LocalDate firstDay() {
        return earliest().atZone(ZONE).toLocalDate();
    }

    LocalDate lastDay() {
        return now.atZone(ZONE).toLocalDate().plusDays(rules.horizonDays());
    }

    /** The starts of the free slots of a day, in order. */
    List<Instant> freeOn(LocalDate day, Duration length, Duration buffer) {
        var free = new ArrayList<Instant>();
        if (day.isAfter(lastDay()) || !rules.isOpenOn(day)) {
            return free;
        }
        for (TimeRange range : rules.hours().on(day.getDayOfWeek())) {
            LocalDateTime closing = day.atTime(range.end());
            for (LocalDateTime cursor = day.atTime(range.start()); cursor
                    .isBefore(closing); cursor = cursor.plusMinutes(rules.stepMinutes())) {
                Optional<Instant> start = instant(cursor);
                if (start.isEmpty()) {
                    continue; // skipped by the spring change
                }
                Instant end = start.get().plus(length);
                if (end.atZone(ZONE).toLocalDateTime().isAfter(closing)) {
                    break;
                }
                if (!start.get().isBefore(earliest()) && isFree(new Interval(start.get(), end.plus(buffer)))) {
                    free.add(start.get());
                }
            }
        }
        return free;
    }

    /** Why a client cannot book this Paris time, as a message key; empty when it is a free slot. */
    Optional<String> refusal(LocalDateTime wanted, Duration length, Duration buffer) {
        Optional<Instant> start = instant(wanted);
        if (start.isEmpty()) {
            return Optional.of("booking.noSuchTime");
        }
        if (!start.get().isAfter(now)) {
            return Optional.of("booking.past");
        }
        if (start.get().isBefore(earliest())) {
            return Optional.of("booking.notice");
        }
        LocalDate day = wanted.toLocalDate();
        if (day.isAfter(lastDay())) {
            return Optional.of("booking.tooFar");
        }
        if (freeOn(day, length, buffer).contains(start.get())) {
            return Optional.empty();
        }
        Instant end = start.get().plus(length);
        boolean withinHours = rules.isOpenOn(day) && rules.hours().on(day.getDayOfWeek()).stream()
                .anyMatch(r -> !wanted.toLocalTime().isBefore(r.start())
                        && !end.atZone(ZONE).toLocalDateTime().isAfter(day.atTime(r.end())));
        if (!withinHours) {
            return Optional.of("booking.closed");
        }
        return Optional.of(isFree(new Interval(start.get(), end.plus(buffer))) ? "booking.notASlot" : "booking.taken");
    }

    /** A Paris time as an instant; empty for a time the spring change skips. */
    static Optional<Instant> instant(LocalDateTime local) {
        if (ZONE.getRules().getValidOffsets(local).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(local.atZone(ZONE).toInstant());
    }

    private Instant earliest() {
        return now.plus(rules.notice());
    }

    private boolean isFree(Interval wanted) {
        return busy.stream().noneMatch(wanted::overlaps);
    }
}
