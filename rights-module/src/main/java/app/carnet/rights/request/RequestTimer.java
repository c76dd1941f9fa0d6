package app.carnet.rights.request;

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
 * Looks for requests falling due as often as for appointment reminders ({@code carnet.reminders.interval-seconds});
 * a run never overlaps another.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestTimer {

    private static final Logger LOG = Logger.getLogger(RequestTimer.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    TimerService timers;
    @Inject
    RequestReminders reminders;
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
                for (long id : reminders.due()) {
                    try {
                        reminders.remind(id);
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Reminder of rights request {0} not written ({1}); tried again later",
                                new Object[] {id, e.getClass().getSimpleName()});
                    }
                }
            } finally {
                running.set(false);
            }
        }
    }
}
