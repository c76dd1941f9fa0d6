package app.carnet.rights.request;

import app.carnet.domain.shared.Dates;
import app.carnet.rights.identity.ProofReceived;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * What enters the register without the practitioner: a right a client exercised themselves in the portal (an archive
 * downloaded, an objection switched, a limitation asked, directives filed) or heirs' request ({@link RightExercised}),
 * one entry each, answered at once when it was honoured at once; and an identity answer that arrived through its link,
 * which restarts the clock (décret 2019-536, art. 77). Both in the transaction of whoever fired them (a new one when
 * there is none).
 */
@Stateless
@PermitAll
public class RequestIntake {

    @Inject
    RequestRepository requests;
    @Inject
    Clock clock;

    public void exercised(@Observes RightExercised right) {
        String summary = right.summary() == null || right.summary().isBlank() ? right.type().name()
                : right.summary().strip();
        if (summary.length() > RequestService.TEXT_MAX) {
            summary = summary.substring(0, RequestService.TEXT_MAX);
        }
        var request = new RightsRequest(right.clientId(), right.type(), RequestChannel.PORTAL,
                right.receivedAt().atZone(Dates.PARIS).toLocalDate(), summary, clock.instant(), null);
        var answeredAt = right.answeredAt();
        if (answeredAt != null) {
            request.answeredAtOnce(answeredAt);
        }
        requests.save(request);
        requests.save(new RequestEvent(request.getId(), right.receivedAt(), RequestEventKind.RECEIVED, null, null));
        if (answeredAt != null) {
            requests.save(new RequestEvent(request.getId(), answeredAt, RequestEventKind.ANSWERED, null, null));
        }
    }

    public void proofReceived(@Observes ProofReceived proof) {
        requests.findForUpdate(proof.requestId()).ifPresent(request -> {
            request.identityReceived(Dates.today(clock));
            requests.save(new RequestEvent(request.getId(), clock.instant(), RequestEventKind.IDENTITY_RECEIVED, null,
                    null));
        });
    }
}
