package app.carnet.domain.client;

/** Where a client file comes from: opened by the practice, or registered by the client in the portal. */
public enum ClientSource {
    PRACTICE,
    SELF
}
