package app.carnet.domain.journal;

import app.carnet.domain.privacy.JournalAction;
import app.carnet.domain.privacy.Purpose;
import app.carnet.domain.privacy.WritableWhileLimited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the access journal; written once, never changed. Holds ids only, no personal field. */
@Entity
@WritableWhileLimited(Purpose.P17)
@Table(name = "access_journal")
@NamedQuery(name = "JournalEntry.findFrom", query = "SELECT e FROM JournalEntry e WHERE e.seq > :after ORDER BY e.seq")
class JournalEntry {

    @Id
    private long seq;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 40)
    private String actor;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    /** The name of a module's {@link JournalAction}. */
    @Column(nullable = false, length = 40)
    private String action;

    @Column(nullable = false, length = 10)
    private String purpose;

    @Column(name = "chain_hash", nullable = false, length = 32)
    private byte[] chainHash;

    protected JournalEntry() {
    }

    JournalEntry(long seq, Instant at, String actor, long clientId, JournalAction action, byte[] previousHash) {
        this.seq = seq;
        this.at = at;
        this.actor = actor;
        this.clientId = clientId;
        this.action = action.name();
        this.purpose = action.purpose().name();
        this.chainHash = JournalChain.link(previousHash, seq, at, actor, clientId, this.action, purpose);
    }

    long getSeq() {
        return seq;
    }

    Instant getAt() {
        return at;
    }

    String getActor() {
        return actor;
    }

    long getClientId() {
        return clientId;
    }

    String getAction() {
        return action;
    }

    String getPurpose() {
        return purpose;
    }

    byte[] getChainHash() {
        return chainHash;
    }
}
