package app.carnet.domain.account;

import app.carnet.domain.client.NewClient;

/** What a visitor types to open a portal account; the password comes with the confirmation link. */
public record Registration(NewClient identity) {

    @Override
    public String toString() {
        return "Registration[redacted]";
    }
}
