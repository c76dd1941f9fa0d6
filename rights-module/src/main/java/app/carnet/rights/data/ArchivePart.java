package app.carnet.rights.data;

import app.carnet.domain.privacy.DataCategory;
import app.carnet.domain.security.Encrypted;
import app.carnet.domain.security.SealedRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Up to {@link #SIZE} bytes of a {@link PreparedArchive}'s content, sealed like every file Carnet keeps. The sealed
 * bytes begin with the archive's id and the part's number, checked when it is opened: a part moved to another archive
 * or place in the database is refused, not served.
 */
@Entity
@Table(name = "prepared_archive_part")
@NamedQuery(name = "ArchivePart.idsOf", query = "SELECT p.id FROM ArchivePart p WHERE p.archiveId = :archive "
        + "ORDER BY p.number")
@NamedQuery(name = "ArchivePart.deleteOf", query = "DELETE FROM ArchivePart p WHERE p.archiveId = :archive")
class ArchivePart extends SealedRecord {

    /** 4 MiB: a part and its seal stay far under MariaDB's default max_allowed_packet (16 MiB). */
    static final int SIZE = 4 * 1024 * 1024;

    /** The archive's id and the part's number, sealed before its bytes. */
    private static final int HEADER = Long.BYTES + Integer.BYTES;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "archive_id", nullable = false, updatable = false)
    private long archiveId;

    @Column(name = "part_no", nullable = false, updatable = false)
    private int number;

    @Encrypted(DataCategory.HEALTH)
    @Lob
    @Column(name = "content", nullable = false, updatable = false)
    private byte @Nullable [] content;

    @SuppressWarnings("NullAway.Init") // for JPA, which fills the fields
    protected ArchivePart() {
    }

    ArchivePart(long archiveId, int number, byte[] content) {
        this.archiveId = archiveId;
        this.number = number;
        this.content = sealBytes("content", ByteBuffer.allocate(HEADER + content.length).putLong(archiveId)
                .putInt(number).put(content).array());
    }

    /**
     * The part's bytes, opened.
     *
     * @throws IllegalStateException when the sealed bytes are not this archive's part of this number
     */
    byte[] content() {
        var opened = ByteBuffer.wrap(Objects.requireNonNull(openBytes("content", content)));
        if (opened.remaining() < HEADER || opened.getLong() != archiveId || opened.getInt() != number) {
            throw new IllegalStateException("Part " + id + " is not where it was sealed");
        }
        return Arrays.copyOfRange(opened.array(), HEADER, opened.capacity());
    }
}
