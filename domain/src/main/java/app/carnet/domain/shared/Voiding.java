package app.carnet.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who voided a record of a client's file, and when: a voided record stays, shown struck out, and cannot be voided
 * twice. Only the rights module erases.
 */
@Embeddable
public class Voiding {

    @Column(name = "voided_at")
    private Instant at;

    @Column(name = "voided_by")
    private Long by;

    protected Voiding() {
    }

    public Voiding(Instant at, long by) {
        this.at = at;
        this.by = by;
    }

    public Instant at() {
        return at;
    }

    public boolean isVoid() {
        return at != null;
    }
}
