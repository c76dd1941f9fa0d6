package app.carnet.domain.exchange;

/** Who wrote a message: the client in the portal, or the practice. */
public enum Author {
    CLIENT,
    PRACTICE
}
