package app.carnet.domain.client;

import java.time.LocalDate;

/**
 * A client's file as the practitioner edits it: identity, contact, personal life, the source of the data and
 * free notes. Optional values are {@code null}.
 */
public record ClientFile(String lastName, String firstName, String siren, LocalDate birthDate, String email,
        String language, String address, String postalCode, String city, String mobilePhone, String otherPhone,
        String interests, MaritalStatus maritalStatus, ClientSource source, String sourceDetail, String notes) {

    @Override
    public String toString() {
        return "ClientFile[redacted]";
    }
}
