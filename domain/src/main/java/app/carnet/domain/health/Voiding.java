package app.carnet.domain.health;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** Who voided a health record, when: a voided record stays, shown struck out, and cannot be voided twice. */
@Embeddable
public class Voiding {

    @Column(name = "voided_at")
    private Instant at;

    @Column(name = "voided_by")
    private Long by;

    protected Voiding() {
    }

    Voiding(Instant at, long by) {
        this.at = at;
        this.by = by;
    }

    Instant at() {
        return at;
    }

    boolean isVoid() {
        return at != null;
    }
}
