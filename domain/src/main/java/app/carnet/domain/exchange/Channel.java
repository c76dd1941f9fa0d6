package app.carnet.domain.exchange;

/** How an incoming contact reached the practice. */
public enum Channel {
    CALL,
    LETTER,
    EMAIL
}
