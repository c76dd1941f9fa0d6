package app.carnet.domain.booking;

import app.carnet.domain.client.ClientContact;
import app.carnet.domain.client.Clients;
import app.carnet.domain.mail.DomainEmails;
import app.carnet.domain.mail.EmailCalendar;
import app.carnet.domain.mail.EmailText;
import app.carnet.domain.mail.Outbox;
import app.carnet.domain.practice.PracticeService;
import app.carnet.domain.privacy.EmailTemplate;
import app.carnet.domain.shared.Dates;
import app.carnet.domain.shared.Pages;
import app.carnet.domain.staff.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;

/**
 * The emails an appointment's life sends to its client, written in the same transaction as the change (outbox),
 * each with the appointment's iCalendar file; and the practitioner's notice of a request to answer.
 */
@ApplicationScoped
class AppointmentEvents {

    @Inject
    Clients clients;
    @Inject
    BookingRepository repository;
    @Inject
    StaffDirectory staff;
    @Inject
    PracticeService practice;
    @Inject
    Outbox outbox;
    @Inject
    Pages pages;
    @Inject
    Clock clock;

    void booked(Appointment a) {
        if (a.getStatus() == AppointmentStatus.REQUESTED) {
            tell(a, DomainEmails.APPOINTMENT_REQUESTED, null);
            staff.owner().ifPresent(owner -> outbox.queue(owner.email(), "fr", DomainEmails.APPOINTMENT_TO_ANSWER,
                    owner.firstName(), practice.displayName(), pages.address("/cabinet/agenda.xhtml")));
        } else {
            tell(a, DomainEmails.APPOINTMENT_CONFIRMED, false);
        }
    }

    void accepted(Appointment a) {
        tell(a, DomainEmails.APPOINTMENT_ACCEPTED, false);
    }

    void declined(Appointment a) {
        tell(a, DomainEmails.APPOINTMENT_DECLINED, true);
    }

    void moved(Appointment a) {
        tell(a, a.getStatus() == AppointmentStatus.REQUESTED ? DomainEmails.APPOINTMENT_REQUEST_MOVED
                : DomainEmails.APPOINTMENT_MOVED,
                a.getStatus() == AppointmentStatus.REQUESTED ? null : false);
    }

    void cancelled(Appointment a) {
        tell(a, DomainEmails.APPOINTMENT_CANCELLED, true);
    }

    void reminder(Appointment a) {
        tell(a, DomainEmails.APPOINTMENT_REMINDER, false);
    }

    /** A client on the waitlist: a slot has freed up; the link opens it (to move their appointment there, if any). */
    void slotFreed(WaitlistEntry entry, java.time.Instant start) {
        ClientContact client = clients.contact(entry.getClientId()).orElseThrow();
        if (client.email() == null) {
            return;
        }
        Offering offering = repository.findOffering(entry.getOfferingId()).orElseThrow();
        var locale = Locale.forLanguageTag(client.language());
        String link = pages.address("/portail/reserver.xhtml?prestation=" + offering.getId() + "&creneau="
                + start.atZone(Dates.PARIS).toLocalDateTime() + (entry.getAppointmentId() == null ? ""
                        : "&deplacer=" + entry.getAppointmentId()));
        outbox.queueForClient(entry.getClientId(), client.email(), client.language(), DomainEmails.WAITLIST_SLOT_FREED,
                client.firstName(), practice.displayName(), offering.getName(), Dates.dateTime(start, locale), link);
    }

    private void tell(Appointment a, EmailTemplate template, Boolean cancelled) {
        if (a.getClientId() == null) {
            return;
        }
        ClientContact client = clients.contact(a.getClientId()).orElseThrow();
        if (client.email() == null) {
            return; // a client without an address is told by the practice itself
        }
        Offering offering = repository.findOffering(a.getOfferingId()).orElseThrow();
        var locale = Locale.forLanguageTag(client.language());
        Object[] arguments = {client.firstName(), practice.displayName(), offering.getName(),
            Dates.dateTime(a.getStartsAt(), locale), place(offering), pages.address("/portail/rendez-vous.xhtml")};
        if (cancelled == null) {
            outbox.queueForClient(a.getClientId(), client.email(), client.language(), template, arguments);
        } else {
            var file = AppointmentCalendar.of(a.getUid(), a.getSequence(), cancelled, a.getStartsAt(), a.getEndsAt(),
                    clock.instant(), offering.getName() + " — " + practice.displayName(), location(offering), null,
                    outbox.sender(), client.email());
            outbox.queueForClient(a.getClientId(), client.email(), client.language(),
                    new EmailCalendar(AppointmentCalendar.method(cancelled), file), template, arguments);
        }
    }

    private static Object place(Offering offering) {
        var view = offering.view();
        return switch (view.location()) {
            case PRACTICE -> view.locationDetail() == null ? new EmailText("appointment.place.practice")
                    : view.locationDetail();
            case HOME -> new EmailText("appointment.place.home");
            case VIDEO ->
                view.locationDetail() == null ? new EmailText("appointment.place.video") : view.locationDetail();
        };
    }

    private static String location(Offering offering) {
        var view = offering.view();
        return view.location() == Location.HOME ? null : view.locationDetail();
    }
}
