package app.carnet.domain.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Every minute, tries again the emails whose next try is due, each in its own transaction. A run that
 * finds the previous one still going skips its turn.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailRetry {

    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    MailSender sender;

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retry() {
        if (running.compareAndSet(false, true)) {
            try {
                sender.due().forEach(sender::send);
            } finally {
                running.set(false);
            }
        }
    }
}
