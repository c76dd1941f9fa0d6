package app.carnet.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who wrote a record and when: the audit columns {@code created_at} and {@code created_by} of every table whose rows
 * the practice writes, in one place (after OpenMRS' {@code BaseOpenmrsData}). Set once, never updated: a change is
 * a new record, a voiding ({@link Voiding}) or the table's own {@code updated_at}.
 */
@Embeddable
public class Authorship {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant at;

    /** The staff member's id; {@code null} when the client wrote it (a file opened by registering on the portal). */
    @Column(name = "created_by", updatable = false)
    private Long by;

    protected Authorship() {
    }

    public Authorship(Instant at, Long by) {
        this.at = at;
        this.by = by;
    }

    public Instant at() {
        return at;
    }

    public Long by() {
        return by;
    }
}
