package app.carnet.rights.request;

import java.time.LocalDate;

/**
 * A request as the register lists it: whose, which right, how and when it came, where it stands, its due date and
 * the days left (negative once overdue; 0 once closed), and whether its clock stands still.
 */
public record RequestLine(long id, long clientId, String clientName, RequestType type, RequestChannel channel,
        LocalDate receivedOn, RequestState state, LocalDate due, long daysLeft, boolean suspended) {

    @Override
    public String toString() {
        return "RequestLine[id=" + id + "]";
    }
}
