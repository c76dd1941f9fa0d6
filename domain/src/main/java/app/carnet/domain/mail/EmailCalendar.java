package app.carnet.domain.mail;

/** An iCalendar file to attach to an email, with its iTIP method (REQUEST, CANCEL). */
public record EmailCalendar(String method, String content) {
}
