package app.carnet.rights.identity;

import app.carnet.domain.account.LinkPurpose;
import app.carnet.domain.account.SingleUseLinks;
import app.carnet.domain.shared.BusinessException;
import app.carnet.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The identity questions of the register's requests, for the request service that drives them (in its transaction,
 * under its role and journal): GDPR art. 12(6) and décret 2019-536 art. 77, as law.md C-R2 reads them. Never for a
 * client logged in to the portal (the request service refuses it); a reason of doubt is recorded before anything is
 * asked; additional information comes before any copy of a document; once verified, the answer and the copy are
 * deleted.
 */
@ApplicationScoped
public class IdentityProofs {

    /** The page of the link, open without logging in. */
    public static final String PAGE = "/justificatif.xhtml";

    static final String PRINCIPAL = "identity-proof:";

    @Inject
    IdentityRepository proofs;
    @Inject
    SingleUseLinks links;
    @Inject
    Clock clock;

    /**
     * Records the question and issues the single-use link by which the person answers it.
     *
     * @return the link to send
     * @throws BusinessException {@code validation.required} (fields {@code doubt}, {@code question}),
     *         {@code rights.identity.informationFirst} for a copy asked before any additional information
     */
    public String ask(long requestId, long clientId, ProofStep step, String doubt, String question) {
        var checks = new app.carnet.domain.shared.Checks();
        String why = checks.longText(doubt, 2_000, "doubt");
        String what = checks.longText(question, 2_000, "question");
        if (step == ProofStep.DOCUMENT
                && proofs.forRequest(requestId).stream().noneMatch(p -> p.getStep() == ProofStep.INFORMATION)) {
            checks.refuse("step", "rights.identity.informationFirst");
        }
        checks.throwIfAny();
        var now = clock.instant();
        // an earlier question left unverified is set aside: its answer and copy go
        for (IdentityProof earlier : proofs.forRequest(requestId)) {
            if (!earlier.isVerified()) {
                proofs.deleteFile(earlier.getId());
                earlier.done(now, false);
            }
        }
        var proof = new IdentityProof(requestId, clientId, step, java.util.Objects.requireNonNull(why),
                java.util.Objects.requireNonNull(what), now);
        proofs.save(proof);
        return links.issue(LinkPurpose.IDENTITY_PROOF, PRINCIPAL + proof.getId(), PAGE);
    }

    public List<ProofLine> lines(long requestId) {
        return proofs.forRequest(requestId).stream().map(IdentityProof::line).toList();
    }

    /** The copy of a document, for the practitioner to check it; empty once deleted. */
    public Optional<ProofCopy> copy(long proofId) {
        return proofs.find(proofId).filter(IdentityProof::hasCopy).flatMap(proof -> proofs.file(proofId)
                .map(file -> new ProofCopy(proof.getClientId(), "justificatif-" + proofId + extension(proof),
                        java.util.Objects.requireNonNullElse(proof.getContentType(), "application/octet-stream"),
                        file.content())));
    }

    /** The request a question belongs to. */
    public long requestOf(long proofId) {
        return proofs.find(proofId).map(IdentityProof::getRequestId).orElseThrow(NotFoundException::new);
    }

    /**
     * The last answer of the request is verified: the copy and the typed answer are deleted now.
     *
     * @return what it was verified with: a {@link ProofKind}'s name, or {@code INFORMATION}
     * @throws BusinessException {@code rights.identity.nothingToVerify} when no answer waits
     */
    public String verify(long requestId) {
        var proof = proofs.forRequest(requestId).stream().filter(p -> p.isAnswered() && !p.isVerified())
                .reduce((first, second) -> second)
                .orElseThrow(() -> new BusinessException("rights.identity.nothingToVerify"));
        proofs.deleteFile(proof.getId());
        proof.done(clock.instant(), true);
        var kind = proof.getKind();
        return kind == null ? ProofStep.INFORMATION.name() : kind.name();
    }

    private static String extension(IdentityProof proof) {
        return switch (java.util.Objects.requireNonNullElse(proof.getContentType(), "")) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            default -> "";
        };
    }
}
