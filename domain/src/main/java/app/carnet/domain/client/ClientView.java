package app.carnet.domain.client;

import java.time.Instant;
import java.time.LocalDate;

/** A client's file as the pages show it. */
public record ClientView(long id, ClientFile file, Instant createdAt, Instant updatedAt, LocalDate endedOn) {

    public String lastName() {
        return file.lastName();
    }

    public String firstName() {
        return file.firstName();
    }

    public String email() {
        return file.email();
    }

    public LocalDate birthDate() {
        return file.birthDate();
    }

    public String language() {
        return file.language();
    }

    public boolean ended() {
        return endedOn != null;
    }

    @Override
    public String toString() {
        return "ClientView[id=" + id + "]";
    }
}
