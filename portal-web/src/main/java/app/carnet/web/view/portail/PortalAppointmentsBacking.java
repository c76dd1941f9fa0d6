package app.carnet.web.view.portail;

import app.carnet.domain.booking.AppointmentView;
import app.carnet.domain.booking.PortalBooking;
import app.carnet.domain.shared.BusinessException;
import app.carnet.web.view.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/** {@code /portail/rendez-vous.xhtml}: the client's appointments to come and past ones; cancel or move. */
@Named
@ViewScoped
public class PortalAppointmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalBooking booking;
    @Inject
    Clock clock;

    private List<AppointmentView> upcoming;
    private List<AppointmentView> past;
    private List<app.carnet.domain.booking.WaitlistView> waitlist;

    @PostConstruct
    void load() {
        var mine = booking.mine();
        var now = clock.instant();
        upcoming = mine.stream().filter(a -> a.end().isAfter(now)).sorted(java.util.Comparator
                .comparing(AppointmentView::start)).toList();
        past = mine.stream().filter(a -> !a.end().isAfter(now)).toList();
        waitlist = booking.waitlist();
    }

    /** Tell me if a slot earlier than this appointment frees up (to move it there). */
    public void waitForEarlier(AppointmentView appointment) {
        try {
            booking.joinWaitlist(appointment.offeringId(), appointment.id());
            Messages.info("waitlist.joined");
        } catch (BusinessException e) {
            Messages.show(e);
        }
        load();
    }

    public void leave(long entryId) {
        booking.leaveWaitlist(entryId);
        Messages.info("waitlist.left");
        load();
    }

    /** Whether the client waits already for an earlier slot than this appointment. */
    public boolean isWaiting(AppointmentView appointment) {
        return waitlist.stream().anyMatch(w -> Long.valueOf(appointment.id()).equals(w.appointmentId()));
    }

    public List<app.carnet.domain.booking.WaitlistView> getWaitlist() {
        return waitlist;
    }

    public void cancel(long id) {
        try {
            booking.cancel(id);
            Messages.info("reservation.cancelled");
        } catch (BusinessException e) {
            Messages.show(e);
        }
        load();
    }

    public List<AppointmentView> getUpcoming() {
        return upcoming;
    }

    public List<AppointmentView> getPast() {
        return past;
    }
}
