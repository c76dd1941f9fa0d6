package app.carnet.domain.privacy;

import java.time.LocalDate;

/**
 * Something that must be kept about a client although the client asked for its erasure: which {@code section} of
 * their data, why ({@code reason}, a message key that names the obligation), for which purpose, and until when
 * ({@code null} while the end is not known yet, e.g. a litigation still going on).
 */
public record Hold(String section, String reason, Purpose purpose, LocalDate until) {
}
