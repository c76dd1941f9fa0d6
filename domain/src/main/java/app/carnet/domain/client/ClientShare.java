package app.carnet.domain.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** The owner shared this client's file with a partner or a replacement. */
@Entity
@Table(name = "client_share")
@IdClass(ClientShare.Key.class)
@NamedQuery(name = "ClientShare.findByClient", query = "SELECT s FROM ClientShare s WHERE s.clientId = :client")
class ClientShare {

    /** The composite key: one share per client and member. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long clientId;
        private Long staffId;

        public Key() {
        }

        Key(long clientId, long staffId) {
            this.clientId = clientId;
            this.staffId = staffId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(clientId, key.clientId)
                    && Objects.equals(staffId, key.staffId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, staffId);
        }
    }

    @Id
    @Column(name = "client_id")
    private Long clientId;

    @Id
    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "shared_at", nullable = false)
    private Instant sharedAt;

    @Column(name = "shared_by", nullable = false)
    private Long sharedBy;

    protected ClientShare() {
    }

    ClientShare(long clientId, long staffId, Instant sharedAt, long sharedBy) {
        this.clientId = clientId;
        this.staffId = staffId;
        this.sharedAt = sharedAt;
        this.sharedBy = sharedBy;
    }

    long getStaffId() {
        return staffId;
    }

    Instant getSharedAt() {
        return sharedAt;
    }
}
