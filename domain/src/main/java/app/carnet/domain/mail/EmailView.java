package app.carnet.domain.mail;

import java.time.Instant;

public record EmailView(long id, String recipient, String subject, String body, EmailStatus status,
        Instant createdAt, Instant sentAt) {

    @Override
    public String toString() {
        return "EmailView[id=" + id + ", status=" + status + "]";
    }
}
