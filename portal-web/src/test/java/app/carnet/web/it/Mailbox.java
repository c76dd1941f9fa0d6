package app.carnet.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** Reads what Carnet sent to one address through the in-process SMTP server. */
public final class Mailbox {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final GreenMail mail;

    public Mailbox(GreenMail mail) {
        this.mail = mail;
    }

    /** Waits for the {@code count}-th message to this address and returns it. */
    public MimeMessage awaitMessage(String recipient, int count) throws MessagingException, InterruptedException {
        List<MimeMessage> received = Eventually.until(PATIENCE, () -> messagesTo(recipient), r -> r.size() >= count);
        if (received.size() < count) {
            throw new AssertionError("No message number " + count + " reached " + recipient + " within " + PATIENCE);
        }
        return received.get(count - 1);
    }

    public List<MimeMessage> messagesTo(String recipient) throws MessagingException {
        var result = new java.util.ArrayList<MimeMessage>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
                result.add(message);
            }
        }
        return result;
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }

    /** The text of a message, decoded (quoted-printable undone); of its text part when a file is attached. */
    public static String text(MimeMessage message) throws MessagingException {
        try {
            if (message.getContent() instanceof jakarta.mail.Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType("text/plain")) {
                        return parts.getBodyPart(i).getContent().toString();
                    }
                }
                throw new AssertionError("No text part in " + message.getSubject());
            }
            return message.getContent().toString();
        } catch (java.io.IOException e) {
            throw new MessagingException("Unreadable message", e);
        }
    }

    /** The first link in a plain-text message. */
    public static String firstLink(MimeMessage message) throws MessagingException {
        var matcher = LINK.matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("The message holds no link");
        }
        return matcher.group();
    }

    /** The calendar file attached to an email (an appointment's), read back with iCal4j; its method is checked. */
    public static VEvent calendarEvent(MimeMessage message, String method) throws Exception {
        var parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getContentType().startsWith("text/calendar")) {
                assertTrue(part.getContentType().contains("method=" + method), part.getContentType());
                String ics = new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
                assertEquals(method, calendar.getProperty(Property.METHOD).orElseThrow().getValue());
                assertTrue(ics.contains("TZID=Europe/Paris") && ics.contains("BEGIN:VTIMEZONE"), ics);
                return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
            }
        }
        throw new AssertionError("No calendar file in " + message.getSubject());
    }

    /** An email's subject (without the checked exception). */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
