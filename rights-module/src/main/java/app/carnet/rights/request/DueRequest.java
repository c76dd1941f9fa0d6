package app.carnet.rights.request;

import java.time.LocalDate;

/** A request due soon or overdue, for the dashboard: no name, no content. */
public record DueRequest(long id, RequestType type, LocalDate due, long daysLeft) {
}
