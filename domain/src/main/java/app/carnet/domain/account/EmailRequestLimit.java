package app.carnet.domain.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many emails anonymous visitors may have Carnet send (registration, forgotten password): per
 * recipient and per source address, in the last hour. Beyond that the request is quietly dropped and the
 * page answers the same, so that nobody can flood an inbox, cancel someone's links over and over, or use
 * the practice's mail server to send mail. Counts live in memory, keyed by a hash of the address.
 */
@ApplicationScoped
public class EmailRequestLimit {

    static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();

    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "carnet.email-requests.per-recipient")
    int perRecipient;
    @Inject
    @ConfigProperty(name = "carnet.email-requests.per-address")
    int perAddress;

    /** Counts this request; {@code false} when the recipient or the source address already had its share. */
    public boolean allow(String recipient, String address) {
        Instant now = clock.instant();
        String to = "to:" + Tokens.hash(recipient == null ? "" : recipient.strip().toLowerCase(java.util.Locale.ROOT));
        String from = "from:" + (address == null ? "" : address);
        synchronized (this) {
            boolean allowed = recent(to, now) < perRecipient && recent(from, now) < perAddress;
            if (allowed) {
                requests.computeIfAbsent(to, k -> new ArrayDeque<>()).addLast(now);
                requests.computeIfAbsent(from, k -> new ArrayDeque<>()).addLast(now);
            }
            return allowed;
        }
    }

    private int recent(String key, Instant now) {
        Deque<Instant> times = requests.get(key);
        if (times == null) {
            return 0;
        }
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            requests.remove(key);
            return 0;
        }
        return times.size();
    }
}
