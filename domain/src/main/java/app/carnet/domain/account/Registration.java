package app.carnet.domain.account;

import app.carnet.domain.client.NewClient;

/** What a visitor types to open a portal account. */
public record Registration(NewClient identity, String password, String passwordConfirmation) {

    @Override
    public String toString() {
        return "Registration[redacted]";
    }
}
