package app.carnet.domain.client;

import java.time.LocalDate;

/** What the practitioner types to open a client file. */
public record NewClient(String lastName, String firstName, String email, LocalDate birthDate, String language) {

    @Override
    public String toString() {
        return "NewClient[redacted]";
    }
}
