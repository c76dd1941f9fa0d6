package app.carnet.domain.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.carnet.domain.shared.Dates;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    private static final Duration HOUR = Duration.ofHours(1);
    /** Monday 30 November 2026. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final Instant FRIDAY_BEFORE = paris(LocalDate.of(2026, 11, 27), 10, 0);

    @Test
    void freeOn_shouldOfferTheGridOfEachRangeAroundTheBreak() {
        var finder = new SlotFinder(rules(WeeklyHours.usual(), 0, 60), List.of(), FRIDAY_BEFORE);
        assertEquals(List.of("09:00", "10:00", "11:00", "14:00", "15:00", "16:00", "17:00"),
                times(finder.freeOn(MONDAY, HOUR, Duration.ZERO)));
    }

    @Test
    void freeOn_shouldEndTheServiceWithinTheRange() {
        var finder = new SlotFinder(rules(WeeklyHours.usual(), 0, 30), List.of(), FRIDAY_BEFORE);
        var times = times(finder.freeOn(MONDAY, Duration.ofMinutes(90), Duration.ZERO));
        assertEquals(List.of("09:00", "09:30", "10:00", "10:30", "14:00", "14:30", "15:00", "15:30", "16:00", "16:30"),
                times, "a 90-minute service fits 9 h–12 h up to 10 h 30 only");
    }

    @Test
    void freeOn_shouldKeepAppointmentsAndTheirBuffersApart() {
        var taken = new Interval(paris(MONDAY, 10, 0), paris(MONDAY, 11, 15)); // an hour and its 15-minute buffer
        var finder = new SlotFinder(rules(WeeklyHours.usual(), 0, 15), List.of(taken), FRIDAY_BEFORE);
        var times = times(finder.freeOn(MONDAY, Duration.ofMinutes(45), Duration.ofMinutes(15)));
        assertTrue(times.contains("09:00"), "09:00–09:45, buffer to 10:00: " + times);
        assertFalse(times.contains("09:15"), "its buffer would run into 10:00: " + times);
        assertFalse(times.contains("11:00"), "inside the other's buffer: " + times);
        assertTrue(times.contains("11:15"), times.toString());
    }

    @Test
    void freeOn_shouldOfferNothingOnClosedDaysPublicHolidaysOrBeyondTheHorizon() {
        var closures = List.of(new ClosedDays(MONDAY, MONDAY.plusDays(1)));
        var rules = new BookingRules(WeeklyHours.usual(), closures, true, Duration.ZERO, 30, 60);
        var finder = new SlotFinder(rules, List.of(), FRIDAY_BEFORE);
        assertTrue(finder.freeOn(MONDAY, HOUR, Duration.ZERO).isEmpty(), "closed");
        assertTrue(finder.freeOn(MONDAY.plusDays(1), HOUR, Duration.ZERO).isEmpty(), "last day of the closure");
        assertFalse(finder.freeOn(MONDAY.plusDays(2), HOUR, Duration.ZERO).isEmpty());
        assertTrue(finder.freeOn(LocalDate.of(2026, 12, 25), HOUR, Duration.ZERO).isEmpty(), "Christmas, a Friday");
        assertTrue(finder.freeOn(LocalDate.of(2026, 12, 5), HOUR, Duration.ZERO).isEmpty(), "a Saturday");
        assertTrue(finder.freeOn(LocalDate.of(2026, 12, 28), HOUR, Duration.ZERO).isEmpty(), "31 days ahead");
        assertEquals(LocalDate.of(2026, 12, 27), finder.lastDay());
    }

    @Test
    void freeOn_shouldRespectTheNotice() {
        Instant mondayAt1020 = paris(MONDAY, 10, 20);
        var finder = new SlotFinder(rules(WeeklyHours.usual(), 24, 60), List.of(), mondayAt1020);
        assertTrue(finder.freeOn(MONDAY, HOUR, Duration.ZERO).isEmpty());
        assertEquals(List.of("11:00", "14:00", "15:00", "16:00", "17:00"),
                times(finder.freeOn(MONDAY.plusDays(1), HOUR, Duration.ZERO)));
    }

    @Test
    void freeOn_springChange_shouldHaveNoSlotAtATimeThatDoesNotExist() {
        LocalDate change = LocalDate.of(2027, 3, 28); // a Sunday: clocks go from 2:00 to 3:00
        var finder = new SlotFinder(rules(night(change.getDayOfWeek()), 0, 30), List.of(),
                paris(change.minusDays(2), 9, 0));
        var free = finder.freeOn(change, Duration.ofMinutes(30), Duration.ZERO);
        assertEquals(List.of("01:00", "01:30", "03:00", "03:30"), times(free));
        assertEquals(Duration.ofMinutes(30), Duration.between(free.get(1), free.get(2)), "01:30 is followed by 03:00");
        assertEquals(Optional.of("booking.noSuchTime"), finder.refusal(change.atTime(2, 30), Duration.ofMinutes(30),
                Duration.ZERO));
        assertEquals(Optional.empty(), finder.refusal(change.atTime(3, 0), Duration.ofMinutes(30), Duration.ZERO));
    }

    @Test
    void freeOn_autumnChange_shouldNotDoubleASlot() {
        LocalDate change = LocalDate.of(2026, 10, 25); // a Sunday: clocks go from 3:00 back to 2:00
        var finder = new SlotFinder(rules(night(change.getDayOfWeek()), 0, 30), List.of(),
                paris(change.minusDays(2), 9, 0));
        var free = finder.freeOn(change, Duration.ofMinutes(30), Duration.ZERO);
        assertEquals(List.of("01:00", "01:30", "02:00", "02:30", "03:00", "03:30"), times(free), "each time once");
        assertEquals(free.size(), free.stream().distinct().count());
        assertEquals(Instant.parse("2026-10-25T00:00:00Z"), free.get(2), "02:00 is the first one, in summer time");
    }

    @Test
    void freeOn_autumnChange_shouldNotOverlapAnAppointmentInTheRepeatedHour() {
        LocalDate change = LocalDate.of(2026, 10, 25);
        var taken = new Interval(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"));
        var finder = new SlotFinder(rules(night(change.getDayOfWeek()), 0, 30), List.of(taken),
                paris(change.minusDays(2), 9, 0));
        var free = finder.freeOn(change, Duration.ofMinutes(30), Duration.ZERO);
        assertFalse(free.contains(Instant.parse("2026-10-25T00:30:00Z")));
        assertFalse(free.contains(Instant.parse("2026-10-25T01:00:00Z")), "02:00 in winter time is inside it too");
    }

    @Test
    void refusal_shouldSayWhyATimeCannotBeBooked() {
        var taken = new Interval(paris(MONDAY, 14, 0), paris(MONDAY, 15, 0));
        var finder = new SlotFinder(rules(WeeklyHours.usual(), 48, 60), List.of(taken), FRIDAY_BEFORE);
        assertEquals(Optional.of("booking.past"),
                finder.refusal(LocalDateTime.of(2026, 11, 26, 10, 0), HOUR, Duration.ZERO));
        assertEquals(Optional.of("booking.notice"), finder.refusal(LocalDateTime.of(2026, 11, 28, 9, 0), HOUR,
                Duration.ZERO));
        assertEquals(Optional.of("booking.closed"), finder.refusal(MONDAY.atTime(12, 0), HOUR, Duration.ZERO));
        assertEquals(Optional.of("booking.closed"), finder.refusal(MONDAY.atTime(11, 30), HOUR, Duration.ZERO),
                "it would end in the break");
        assertEquals(Optional.of("booking.taken"), finder.refusal(MONDAY.atTime(14, 0), HOUR, Duration.ZERO));
        assertEquals(Optional.of("booking.notASlot"), finder.refusal(MONDAY.atTime(9, 10), HOUR, Duration.ZERO));
        assertEquals(Optional.of("booking.tooFar"),
                finder.refusal(MONDAY.plusDays(60).atTime(9, 0), HOUR, Duration.ZERO));
        assertEquals(Optional.empty(), finder.refusal(MONDAY.atTime(9, 0), HOUR, Duration.ZERO));
    }

    private static BookingRules rules(WeeklyHours hours, int noticeHours, int step) {
        return new BookingRules(hours, List.of(), false, Duration.ofHours(noticeHours), 60, step);
    }

    /** Open from 1:00 to 4:00 at night on one weekday, across the clock change. */
    private static WeeklyHours night(DayOfWeek day) {
        return new WeeklyHours(Map.of(day, List.of(new TimeRange(LocalTime.of(1, 0), LocalTime.of(4, 0)))));
    }

    private static Instant paris(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(Dates.PARIS).toInstant();
    }

    private static List<String> times(List<Instant> starts) {
        return starts.stream().map(s -> s.atZone(Dates.PARIS).toLocalTime().toString()).toList();
    }
}
