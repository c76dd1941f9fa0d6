package app.carnet.web.view.portail;

import app.carnet.domain.booking.AppointmentView;
import app.carnet.domain.booking.OfferingView;
import app.carnet.domain.booking.PortalBooking;
import app.carnet.domain.booking.WeekSlots;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.NotFoundException;
import app.carnet.web.view.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code /portail/reserver.xhtml}: the client picks a service, a week, a free slot, and confirms. With
 * {@code deplacer} it moves one of the client's appointments instead; {@code prestation} and {@code creneau} (a
 * Paris time, {@code 2026-12-01T09:00}) open the page on a service and a slot, {@code semaine} (a day) on a week.
 */
@Named
@ViewScoped
public class ReservationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalBooking booking;
    @Inject
    Clock clock;
    @Inject
    WantedSlot wanted;

    private Long offeringId;
    private Long moving;
    private String slotParam;
    private String weekParam;
    private List<OfferingView> offerings;
    private AppointmentView appointment;
    private WeekSlots week;
    private LocalDateTime chosen;

    /** The page's parameters, once read. */
    public void load() {
        offerings = booking.offerings();
        if (moving != null) {
            appointment = booking.get(moving);
            offeringId = appointment.offeringId();
        }
        if (offeringId != null) {
            offering(); // not offered online: not found
            LocalDate day = Dates.today(clock);
            if (weekParam != null) {
                try {
                    day = LocalDate.parse(weekParam);
                } catch (DateTimeParseException e) {
                    throw new NotFoundException();
                }
            }
            if (slotParam != null) {
                try {
                    chosen = LocalDateTime.parse(slotParam);
                    day = chosen.toLocalDate();
                } catch (DateTimeParseException e) {
                    throw new NotFoundException();
                }
            }
            week = week(day);
        }
    }

    /** The week of a day: the service's free slots, or (moving) those of the appointment's service with its own time free. */
    private WeekSlots week(LocalDate day) {
        return moving == null ? booking.week(offeringId, day) : booking.weekToMove(moving, day);
    }

    public void choose(long id) {
        offeringId = id;
        chosen = null;
        week = week(Dates.today(clock));
    }

    public void otherService() {
        offeringId = null;
        week = null;
        chosen = null;
    }

    public void previousWeek() {
        week = week(week.monday().minusDays(7));
    }

    public void nextWeek() {
        week = week(week.monday().plusDays(7));
    }

    public void firstFree() {
        week = week(week.nextFree());
    }

    /** Tell me if a slot earlier than the first free one frees up. */
    public void waitForEarlier() {
        try {
            booking.joinWaitlist(offeringId, moving);
            Messages.info("waitlist.joined");
        } catch (BusinessException e) {
            Messages.show(e);
        }
    }

    public void pick(LocalDate day, LocalTime time) {
        chosen = day.atTime(time);
    }

    public void unpick() {
        chosen = null;
    }

    /** Books (or moves to) the chosen slot; when it went meanwhile, says so and shows the week again. */
    public String confirm() {
        if (!isClient()) { // a visitor: logs in or creates an account, then confirms
            wanted.remember(offeringId, chosen);
            Messages.flash("reservation.loginFirst");
            return "/portail/connexion.xhtml?faces-redirect=true";
        }
        try {
            var booked = moving == null ? booking.book(offeringId, chosen) : booking.move(moving, chosen);
            Messages.flash(switch (booked.status()) {
                case REQUESTED -> moving == null ? "reservation.requested" : "reservation.requestMoved";
                default -> moving == null ? "reservation.booked" : "reservation.moved";
            });
            return "/portail/rendez-vous?faces-redirect=true";
        } catch (BusinessException e) {
            Messages.show(e);
            chosen = null;
            week = week(week == null ? Dates.today(clock) : week.monday());
            return null;
        }
    }

    /** Whether a client is logged in (a visitor may look at the free slots too). */
    public boolean isClient() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().isUserInRole("CLIENT");
    }

    public OfferingView offering() {
        return offerings.stream().filter(o -> o.id() == offeringId).findFirst().orElseThrow(NotFoundException::new);
    }

    public List<OfferingView> getOfferings() {
        return offerings;
    }

    public AppointmentView getAppointment() {
        return appointment;
    }

    public WeekSlots getWeek() {
        return week;
    }

    public LocalDateTime getChosen() {
        return chosen;
    }

    public Long getOfferingId() {
        return offeringId;
    }

    public void setOfferingId(Long offeringId) {
        this.offeringId = offeringId;
    }

    public Long getMoving() {
        return moving;
    }

    public void setMoving(Long moving) {
        this.moving = moving;
    }

    public String getWeekParam() {
        return weekParam;
    }

    public void setWeekParam(String weekParam) {
        this.weekParam = weekParam;
    }

    public String getSlotParam() {
        return slotParam;
    }

    public void setSlotParam(String slotParam) {
        this.slotParam = slotParam;
    }
}
