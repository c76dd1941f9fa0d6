package app.carnet.domain.account;

import java.util.Set;

/** Who logged in: an opaque principal name (see {@code Principals}) and the security groups. */
public record AuthenticatedCaller(String principalName, Set<String> groups) {
}
