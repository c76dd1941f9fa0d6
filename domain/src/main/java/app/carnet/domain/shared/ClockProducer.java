package app.carnet.domain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of Carnet: Europe/Paris, replaceable in tests. */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(PARIS);
    }
}
