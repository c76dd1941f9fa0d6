package app.carnet.domain.booking;

import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;

/** The owner's settings of booking: services, opening hours, closures and the rules of online booking. */
@Stateless
@RolesAllowed("OWNER")
public class BookingSettingsService {

    static final Set<Integer> STEPS = Set.of(5, 10, 15, 20, 30, 45, 60, 90, 120);

    @Inject
    BookingRepository repository;
    @Inject
    Clock clock;

    public List<OfferingView> offerings() {
        return repository.offerings().stream().map(Offering::view).toList();
    }

    /**
     * Creates a service ({@code id} null) or changes one; appointments already booked keep their times.
     *
     * @return the service's id
     * @throws BusinessException with every problem of the form
     */
    public long saveOffering(Long id, OfferingForm form) {
        var checked = CheckedOffering.of(form);
        if (id == null) {
            var offering = new Offering(checked, clock.instant());
            repository.save(offering);
            repository.flush();
            return offering.getId();
        }
        var offering = repository.findOffering(id).orElseThrow(NotFoundException::new);
        offering.update(checked);
        return id;
    }

    /** Withdraws a service (no longer offered, kept for the appointments that name it) or offers it again. */
    public void setActive(long id, boolean active) {
        repository.findOffering(id).orElseThrow(NotFoundException::new).setActive(active);
    }

    public PolicyView policy() {
        return repository.policy().view();
    }

    /** @throws BusinessException with every problem of the form, each on its field */
    public void savePolicy(PolicyForm form) {
        var checks = new Checks();
        var days = new EnumMap<DayOfWeek, List<TimeRange>>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String typed = form.days().get(day);
            WeeklyHours.parseDay(typed).ifPresentOrElse(r -> days.put(day, r),
                    () -> checks.refuse("hours-" + day.name().toLowerCase(java.util.Locale.ROOT),
                            "booking.hours.invalid"));
        }
        int bookNotice = number(checks, form.bookNoticeHours(), 0, 24 * 30, "bookNoticeHours");
        int cancelNotice = number(checks, form.cancelNoticeHours(), 0, 24 * 30, "cancelNoticeHours");
        int horizon = number(checks, form.horizonDays(), 1, 366, "horizonDays");
        int step = number(checks, form.stepMinutes(), 5, 120, "stepMinutes");
        if (step > 0 && !STEPS.contains(step)) {
            checks.refuse("stepMinutes", "booking.step.invalid");
        }
        int reminder = number(checks, form.reminderHours(), 0, 24 * 7, "reminderHours");
        checks.present(form.mode(), "mode");
        checks.throwIfAny();
        repository.policy()
                .update(new PolicyView(new WeeklyHours(days), form.holidaysClosed(), bookNotice, cancelNotice,
                        horizon, step, form.mode(), reminder));
    }

    /** The closures that are not over yet, the earliest first. */
    public List<ClosureView> closures() {
        return repository.closuresFrom(Dates.today(clock)).stream().map(Closure::view).toList();
    }

    /**
     * Closes the practice from one day to another (included). Appointments already booked on those days stay:
     * the agenda shows them, to move or cancel.
     *
     * @throws BusinessException a day missing, the last before the first, over a year, or over already
     */
    public void close(LocalDate first, LocalDate last, String label) {
        var checks = new Checks();
        checks.present(first, "closureFirst");
        checks.present(last, "closureLast");
        String text = checks.optionalText(label, 120, "closureLabel", false);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                checks.refuse("closureLast", "booking.closure.order");
            } else if (ChronoUnit.DAYS.between(first, last) > 366) {
                checks.refuse("closureLast", "booking.closure.tooLong");
            } else if (last.isBefore(Dates.today(clock))) {
                checks.refuse("closureLast", "booking.closure.past");
            }
        }
        checks.throwIfAny();
        repository.save(new Closure(first, last, text));
    }

    public void reopen(long closureId) {
        repository.delete(repository.findClosure(closureId).orElseThrow(NotFoundException::new));
    }

    private static int number(Checks checks, Integer number, int min, int max, String field) {
        if (number == null) {
            checks.refuse(field, "validation.required");
            return 0;
        }
        if (number < min || number > max) {
            checks.refuse(field, "booking.number.range");
        }
        return number;
    }
}
