package app.carnet.domain.client;

import java.time.Instant;
import java.time.LocalDate;

/** A client's identity as the pages show it. */
public record ClientView(long id, String lastName, String firstName, String email, LocalDate birthDate,
        String language, Instant createdAt) {

    @Override
    public String toString() {
        return "ClientView[id=" + id + "]";
    }
}
