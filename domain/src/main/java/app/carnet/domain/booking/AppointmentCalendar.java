package app.carnet.domain.booking;

import app.carnet.domain.shared.Dates;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar file (RFC 5545) attached to every email about an appointment, made with iCal4j: the same UID
 * throughout, a SEQUENCE that grows with each change, METHOD REQUEST for a booking or a change and CANCEL for a
 * cancellation, times in Europe/Paris with its VTIMEZONE.
 */
final class AppointmentCalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private AppointmentCalendar() {
    }

    /**
     * @param summary     the event's title in the client's language (the service and the practice)
     * @param location    the address or the video link, or {@code null}
     * @param description what the client should know, or {@code null}
     * @param organizer   the practice's address, {@code attendee} the client's (iTIP, RFC 5546)
     */
    static String of(String uid, int sequence, boolean cancelled, Instant start, Instant end, Instant now,
            String summary, String location, String description, String organizer, String attendee) {
        var zone = Objects.requireNonNull(ZONES.getTimeZone(Dates.PARIS.getId()), "ical4j has no Europe/Paris");
        var event = new VEvent(ZonedDateTime.ofInstant(start, Dates.PARIS), ZonedDateTime.ofInstant(end, Dates.PARIS),
                summary);
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        event.add(new DtStamp(now));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        mailto(organizer).map(Organizer::new).ifPresent(event::add);
        mailto(attendee).map(Attendee::new).ifPresent(event::add);
        if (location != null) {
            event.add(new Location(location));
        }
        if (description != null) {
            event.add(new Description(description));
        }
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Carnet//Rendez-vous//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(zone.getVTimeZone());
        calendar.add(event);
        return calendar.toString();
    }

    /** A {@code mailto:} address of an email address, with or without a display name ("Cabinet <a@b.fr>"). */
    static java.util.Optional<URI> mailto(String address) {
        try {
            return java.util.Optional.of(new URI("mailto", new jakarta.mail.internet.InternetAddress(address, true)
                    .getAddress(), null));
        } catch (jakarta.mail.internet.AddressException | java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    static String method(boolean cancelled) {
        return cancelled ? Method.VALUE_CANCEL : Method.VALUE_REQUEST;
    }
}
