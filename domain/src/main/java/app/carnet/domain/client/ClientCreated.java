package app.carnet.domain.client;

/** A client file was opened; observers in the same transaction invite the client. */
public record ClientCreated(long clientId) {
}
