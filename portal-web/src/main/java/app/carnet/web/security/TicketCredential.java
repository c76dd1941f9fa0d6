package app.carnet.web.security;

import jakarta.security.enterprise.credential.Credential;

/** A one-time ticket from the domain, exchanged for a new login of the same caller (after enrolment). */
public record TicketCredential(String ticket) implements Credential {

    @Override
    public String toString() {
        return "TicketCredential[hidden]";
    }
}
