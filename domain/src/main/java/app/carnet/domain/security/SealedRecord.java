package app.carnet.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A record with personal fields sealed by {@link FieldCipher}. Fields hold only sealed bytes: a decrypted
 * value lives in a local variable of whoever asked for it, never in the entity, so no cache (EclipseLink's
 * or another) can keep it. The associated data is {@code table.column} and {@link #sealRef}.
 */
@MappedSuperclass
public abstract class SealedRecord {

    @Column(name = "seal_ref", nullable = false, updatable = false, length = 16)
    private byte[] sealRef = FieldCipher.newReference();

    protected byte[] seal(String column, String plaintext) {
        return FieldCipher.current().seal(qualified(column), sealRef, plaintext);
    }

    protected String open(String column, byte[] sealed) {
        return FieldCipher.current().open(qualified(column), sealRef, sealed);
    }

    protected byte[] sealBytes(String column, byte[] content) {
        return FieldCipher.current().sealBytes(qualified(column), sealRef, content);
    }

    protected byte[] openBytes(String column, byte[] sealed) {
        return FieldCipher.current().openBytes(qualified(column), sealRef, sealed);
    }

    protected byte[] seal(String column, LocalDate date) {
        return seal(column, date == null ? null : date.toString());
    }

    protected LocalDate openDate(String column, byte[] sealed) {
        String text = open(column, sealed);
        return text == null ? null : LocalDate.parse(text);
    }

    protected static byte[] index(String column, String normalised) {
        return FieldCipher.current().index(column, normalised);
    }

    private String qualified(String column) {
        return getClass().getAnnotation(Table.class).name() + "." + column;
    }
}
