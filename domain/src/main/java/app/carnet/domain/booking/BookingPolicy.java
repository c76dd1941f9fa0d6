package app.carnet.domain.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.util.List;

/** The practice's rules of booking: one row. */
@Entity
@Table(name = "booking_policy")
class BookingPolicy {

    static final byte ONLY = 1;

    @Id
    private byte id = ONLY;

    @Column(name = "weekly_hours", nullable = false, length = 1000)
    private String weeklyHours;

    @Column(name = "holidays_closed", nullable = false)
    private boolean holidaysClosed;

    @Column(name = "book_notice_hours", nullable = false)
    private int bookNoticeHours;

    @Column(name = "cancel_notice_hours", nullable = false)
    private int cancelNoticeHours;

    @Column(name = "horizon_days", nullable = false)
    private int horizonDays;

    @Column(name = "step_minutes", nullable = false)
    private int stepMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BookingMode mode;

    @Column(name = "reminder_hours", nullable = false)
    private int reminderHours;

    protected BookingPolicy() {
    }

    /** What a new practice starts with: weekdays 9–12 and 14–18, a day's notice, 8 weeks ahead, reminders a day before. */
    static BookingPolicy usual() {
        var policy = new BookingPolicy();
        policy.update(new PolicyView(WeeklyHours.usual(), true, 24, 24, 56, 30, BookingMode.INSTANT, 24));
        return policy;
    }

    void update(PolicyView policy) {
        this.weeklyHours = policy.hours().stored();
        this.holidaysClosed = policy.holidaysClosed();
        this.bookNoticeHours = policy.bookNoticeHours();
        this.cancelNoticeHours = policy.cancelNoticeHours();
        this.horizonDays = policy.horizonDays();
        this.stepMinutes = policy.stepMinutes();
        this.mode = policy.mode();
        this.reminderHours = policy.reminderHours();
    }

    PolicyView view() {
        return new PolicyView(WeeklyHours.fromStored(weeklyHours), holidaysClosed, bookNoticeHours, cancelNoticeHours,
                horizonDays, stepMinutes, mode, reminderHours);
    }

    BookingRules rules(List<ClosedDays> closures) {
        return new BookingRules(WeeklyHours.fromStored(weeklyHours), closures, holidaysClosed,
                Duration.ofHours(bookNoticeHours), horizonDays, stepMinutes);
    }

    Duration cancelNotice() {
        return Duration.ofHours(cancelNoticeHours);
    }

    int horizonDays() {
        return horizonDays;
    }

    /** How long before an appointment its reminder goes; zero: no reminders. */
    Duration reminder() {
        return Duration.ofHours(reminderHours);
    }

    BookingMode mode() {
        return mode;
    }
}
