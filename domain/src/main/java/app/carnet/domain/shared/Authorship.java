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
    private Instant createdAt;

    /**
     * The staff member's id; {@code null} only in {@code client}, a file the client opened by registering on the
     * portal: the tables that staff alone write override it as {@code NOT NULL}.
     */
    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    protected Authorship() {
    }

    public Authorship(Instant at, Long by) {
        this.createdAt = at;
        this.createdBy = by;
    }

    public Instant at() {
        return createdAt;
    }

    public Long by() {
        return createdBy;
    }
}
