package app.carnet.domain.client;

import java.util.List;

/** One page of the client list, and how many lines the whole list has. */
public record ClientPage(List<ClientSummary> lines, long total) {
}
