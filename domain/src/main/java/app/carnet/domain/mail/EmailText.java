package app.carnet.domain.mail;

/** An argument of an email that is itself text of the emails bundle, written in the recipient's language. */
public record EmailText(String key) {
}
