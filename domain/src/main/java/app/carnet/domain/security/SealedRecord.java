package app.carnet.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A record with personal fields sealed by {@link FieldCipher}. Fields hold only sealed bytes: a decrypted
 * value lives in a local variable of whoever asked for it, never in the entity, so no cache (EclipseLink's
 * or another) can keep it. The associated data is {@code table.column} and {@link #sealRef}.
 */
@MappedSuperclass
public abstract class SealedRecord {

    @Column(name = "seal_ref", nullable = false, updatable = false, length = 16)
    private byte[] sealRef = FieldCipher.newReference();

    protected byte @Nullable [] seal(String column, @Nullable String plaintext) {
        return FieldCipher.current().seal(qualified(column), sealRef, plaintext);
    }

    protected @Nullable String open(String column, byte @Nullable [] sealed) {
        return FieldCipher.current().open(qualified(column), sealRef, sealed);
    }

    protected byte @Nullable [] sealBytes(String column, byte @Nullable [] content) {
        return FieldCipher.current().sealBytes(qualified(column), sealRef, content);
    }

    protected byte @Nullable [] openBytes(String column, byte @Nullable [] sealed) {
        return FieldCipher.current().openBytes(qualified(column), sealRef, sealed);
    }

    protected byte @Nullable [] seal(String column, @Nullable LocalDate date) {
        return seal(column, date == null ? null : date.toString());
    }

    protected @Nullable LocalDate openDate(String column, byte @Nullable [] sealed) {
        String text = open(column, sealed);
        return text == null ? null : LocalDate.parse(text);
    }

    protected static byte @Nullable [] index(String column, @Nullable String normalised) {
        return FieldCipher.current().index(column, normalised);
    }

    private String qualified(String column) {
        return getClass().getAnnotation(Table.class).name() + "." + column;
    }
}
