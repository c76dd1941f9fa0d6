package app.carnet.rights.identity;

import app.carnet.domain.account.LinkPurpose;
import app.carnet.domain.account.SingleUseLinks;
import app.carnet.domain.consultation.Upload;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.Checks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The page of the identity link ({@value IdentityProofs#PAGE}), open without logging in: the person who made a
 * request reads what the practitioner asks and answers it once, with typed information or a copy of one of the six
 * documents (PDF, PNG or JPEG, recognised by content, {@value #MAX_BYTES} bytes at most, sealed at rest). The link is
 * burnt in the transaction that stores the answer: a refused file burns nothing and writes nothing.
 */
@Stateless
@PermitAll
public class IdentityProofService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int ANSWER_MAX = 2_000;

    @Inject
    IdentityRepository proofs;
    @Inject
    SingleUseLinks links;
    @Inject
    Event<ProofReceived> received;
    @Inject
    Clock clock;

    /** What the link asks, while it is valid and unused. */
    public Optional<ProofQuestion> question(String token) {
        return links.holder(LinkPurpose.IDENTITY_PROOF, token).flatMap(IdentityProofService::proofId)
                .flatMap(proofs::find).filter(p -> !p.isAnswered()).map(IdentityProof::question);
    }

    /**
     * Typed additional information.
     *
     * @throws BusinessException {@code validation.required} ({@code answer}), {@code link.invalid}
     */
    public void answer(String token, String text) {
        var checks = new Checks();
        String answer = checks.longText(text, ANSWER_MAX, "answer");
        checks.throwIfAny();
        var proof = consume(token, ProofStep.INFORMATION);
        proof.answered(Objects.requireNonNull(answer), clock.instant());
        received.fire(new ProofReceived(proof.getRequestId()));
    }

    /**
     * A copy of a document.
     *
     * @throws BusinessException {@code rights.identity.kind} (field {@code kind}), {@code rights.identity.file.empty},
     *         {@code rights.identity.file.type}, {@code rights.identity.file.tooLarge} (field {@code file}),
     *         {@code link.invalid}
     */
    public void upload(String token, ProofKind kind, Upload file) {
        var checks = new Checks();
        if (kind == null) {
            checks.refuse("kind", "rights.identity.kind");
        }
        ProofFileType type = null;
        byte[] content = file == null ? null : file.content();
        if (content == null || content.length == 0) {
            checks.refuse("file", "rights.identity.file.empty");
        } else if (content.length > MAX_BYTES) {
            checks.refuse("file", "rights.identity.file.tooLarge");
        } else {
            type = ProofFileType.of(content).orElse(null);
            if (type == null) {
                checks.refuse("file", "rights.identity.file.type");
            }
        }
        checks.throwIfAny();
        var proof = consume(token, ProofStep.DOCUMENT);
        proof.copied(Objects.requireNonNull(kind), Objects.requireNonNull(type), clock.instant());
        proofs.save(new IdentityProofFile(proof.getId(), Objects.requireNonNull(content)));
        received.fire(new ProofReceived(proof.getRequestId()));
    }

    private IdentityProof consume(String token, ProofStep step) {
        var proof = links.holder(LinkPurpose.IDENTITY_PROOF, token).flatMap(IdentityProofService::proofId)
                .flatMap(proofs::findForUpdate).filter(p -> p.getStep() == step && !p.isAnswered())
                .orElseThrow(() -> new BusinessException("link.invalid"));
        links.consume(LinkPurpose.IDENTITY_PROOF, token);
        return proof;
    }

    private static Optional<Long> proofId(String principal) {
        if (!principal.startsWith(IdentityProofs.PRINCIPAL)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.substring(IdentityProofs.PRINCIPAL.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
