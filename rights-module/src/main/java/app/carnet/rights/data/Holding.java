package app.carnet.rights.data;

/** One section of what Carnet holds about a client ({@code consultations}, {@code files}…) and how many records. */
public record Holding(String section, int count) {
}
