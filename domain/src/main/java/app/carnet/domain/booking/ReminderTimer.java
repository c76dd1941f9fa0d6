package app.carnet.domain.booking;

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

/** Looks for due reminders every few minutes ({@code carnet.reminders.interval-seconds}); a run never overlaps another. */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();

    @Resource
    TimerService timers;
    @Inject
    Reminders reminders;
    @Inject
    @ConfigProperty(name = "carnet.reminders.interval-seconds")
    long intervalSeconds;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(intervalSeconds * 1000, intervalSeconds * 1000, new TimerConfig(null, false));
    }

    /** One reminder; its failure (logged, without personal data) leaves the others to go, and it is tried again. */
    private void remind(ReminderDue due) {
        try {
            reminders.remind(due);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder of appointment {0} not written ({1}); tried again at the next run",
                    new Object[] {due.appointmentId(), e.getClass().getSimpleName()});
        }
    }

    @Timeout
    void run() {
        if (running.compareAndSet(false, true)) { // a run still going: this one skips its turn
            try {
                for (ReminderDue due : reminders.due()) {
                    remind(due);
                }
            } finally {
                running.set(false);
            }
        }
    }
}
