package app.carnet.domain.account;

import java.util.List;

/**
 * A second factor just turned on: the recovery codes, to show once, and a ticket for logging the session in
 * again with what the account may now do.
 */
public record Enrolled(List<String> recoveryCodes, String ticket) {

    @Override
    public String toString() {
        return "Enrolled[codes hidden]";
    }
}
