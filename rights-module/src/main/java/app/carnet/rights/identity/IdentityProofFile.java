package app.carnet.rights.identity;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The sealed bytes of a document's copy, in a row of their own (same id as its {@link IdentityProof}), deleted once verified. */
@Entity
@Table(name = "identity_proof_file")
class IdentityProofFile extends SealedRecord {

    @Id
    private Long id;

    @Encrypted(DataCategory.IDENTIFICATION)
    @Lob
    @Column(name = "content", nullable = false, updatable = false)
    private byte @Nullable [] content;

    @SuppressWarnings("NullAway.Init") // for JPA, which fills the fields
    protected IdentityProofFile() {
    }

    IdentityProofFile(long proofId, byte[] content) {
        this.id = proofId;
        this.content = sealBytes("content", content);
    }

    byte[] content() {
        return Objects.requireNonNull(openBytes("content", content));
    }
}
