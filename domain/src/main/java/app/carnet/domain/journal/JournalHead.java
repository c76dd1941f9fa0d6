package app.carnet.domain.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The end of the chain: locked by each append, so that entries follow each other one at a time. */
@Entity
@Table(name = "journal_head")
class JournalHead {

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 32)
    private byte[] lastHash;

    protected JournalHead() {
    }

    long getLastSeq() {
        return lastSeq;
    }

    byte[] getLastHash() {
        return lastHash;
    }

    void advance(JournalEntry entry) {
        lastSeq = entry.getSeq();
        lastHash = entry.getChainHash();
    }
}
