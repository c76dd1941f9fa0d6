package app.carnet.rights.data;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes the archives made in the background once they expire (and those whose making failed or was cut off), as
 * often as appointment reminders are looked for ({@code carnet.reminders.interval-seconds}); a run never overlaps
 * another.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PreparedArchiveTimer {

    private static final Logger LOG = Logger.getLogger(PreparedArchiveTimer.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    TimerService timers;
    @Inject
    PreparedArchiveCleaner cleaner;
    @Inject
    @ConfigProperty(name = "carnet.reminders.interval-seconds")
    long intervalSeconds;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(intervalSeconds * 1000, intervalSeconds * 1000, new TimerConfig(null, false));
    }

    @Timeout
    void run() {
        if (running.compareAndSet(false, true)) {
            try {
                for (long id : cleaner.ended()) {
                    try {
                        cleaner.delete(id);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Prepared archive {0} not deleted ({1}); tried again later",
                                new Object[] {id, e.getClass().getSimpleName()});
                    }
                }
            } finally {
                running.set(false);
            }
        }
    }
}
