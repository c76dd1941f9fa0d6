package app.carnet.domain.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Sends each queued email once the transaction that wrote it has committed, off the user's request. */
@ApplicationScoped
class MailDispatcher {

    @Inject
    MailSender sender;
    @Resource
    ManagedExecutorService executor;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) EmailQueued queued) {
        executor.execute(() -> sender.send(queued.emailId()));
    }
}
