package app.carnet.domain.security;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PrfSet;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;

/**
 * Seals personal fields with AES-256-GCM (Tink) and computes their blind indexes with HMAC-SHA256 under a
 * separate key. A sealed value is bound to its column and its record through the associated data
 * ({@code table.column} and the record's random seal reference): moved to another row or column, it no
 * longer opens. Each sealed value starts with the id of the key that sealed it (Tink's 5-byte prefix), so
 * that several keys can be in use while a rotation runs.
 *
 * <p>Entities reach the cipher through {@link #current()}: it is installed once at start-up from the key
 * file or the environment ({@link CarnetKeys}), and nothing is written while it is missing.
 */
public final class FieldCipher {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int INDEX_LENGTH = 32;
    private static volatile @Nullable FieldCipher current;

    private final Aead aead;
    private final PrfSet index;
    private final int primaryKeyId;

    FieldCipher(KeysetHandle encryption, KeysetHandle index) {
        try {
            this.aead = encryption.getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.index = index.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
            this.primaryKeyId = encryption.getPrimary().getId();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The encryption keys cannot be used", e);
        }
    }

    /** Makes {@code cipher} the one every entity uses. */
    public static void install(FieldCipher cipher) {
        current = cipher;
    }

    /** @throws IllegalStateException when no key was loaded: Carnet never writes a personal field in clear */
    public static FieldCipher current() {
        FieldCipher cipher = current;
        if (cipher == null) {
            throw new IllegalStateException(
                    "Encryption keys are not loaded: personal data can be neither read nor written");
        }
        return cipher;
    }

    /** A new random reference for a record, stored in clear beside its sealed fields. */
    public static byte[] newReference() {
        byte[] reference = new byte[16];
        RANDOM.nextBytes(reference);
        return reference;
    }

    /** @param column {@code table.column}; {@code null} stays {@code null} */
    public byte @Nullable [] seal(String column, byte[] reference, @Nullable String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(column, reference));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal " + column, e);
        }
    }

    /** @throws IllegalStateException when the value was changed, moved, or sealed by an unknown key */
    public @Nullable String open(String column, byte[] reference, byte @Nullable [] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return new String(aead.decrypt(sealed, associatedData(column, reference)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open " + column + ": wrong key, or the value was altered or moved",
                    e);
        }
    }

    /** Seals a file's content (an attachment) like a text field: bound to its column and record. */
    public byte @Nullable [] sealBytes(String column, byte[] reference, byte @Nullable [] content) {
        if (content == null) {
            return null;
        }
        try {
            return aead.encrypt(content, associatedData(column, reference));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal " + column, e);
        }
    }

    /** @throws IllegalStateException when the value was changed, moved, or sealed by an unknown key */
    public byte @Nullable [] openBytes(String column, byte[] reference, byte @Nullable [] sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return aead.decrypt(sealed, associatedData(column, reference));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open " + column + ": wrong key, or the value was altered or moved",
                    e);
        }
    }

    /** The same value sealed again under the current primary key (key rotation), whatever it holds. */
    public byte @Nullable [] reseal(String column, byte[] reference, byte @Nullable [] sealed) {
        return sealBytes(column, reference, openBytes(column, reference, sealed));
    }

    /** Whether {@code sealed} was sealed by the current primary key (a rotation re-seals the others). */
    public boolean isUnderPrimaryKey(byte @Nullable [] sealed) {
        return sealed == null
                || (sealed.length > 5 && sealed[0] == 1 && ByteBuffer.wrap(sealed, 1, 4).getInt() == primaryKeyId);
    }

    /**
     * A keyed, deterministic digest of an already normalised value ({@link BlindIndex}), to find records by
     * equality without decrypting them; {@code column} keeps equal values of two columns apart.
     */
    public byte @Nullable [] index(String column, @Nullable String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            return index.computePrimary((column + '\0' + normalised).getBytes(StandardCharsets.UTF_8), INDEX_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot index " + column, e);
        }
    }

    private static byte[] associatedData(String column, byte[] reference) {
        byte[] name = column.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(name.length + 1 + reference.length).put(name).put((byte) 0).put(reference).array();
    }
}
