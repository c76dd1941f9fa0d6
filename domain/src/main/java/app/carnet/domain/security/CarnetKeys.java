package app.carnet.domain.security;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * Carnet's two secret keysets: {@code encryption} (AES-256-GCM, seals personal fields) and {@code index}
 * (HMAC-SHA256, blind indexes). They live outside the database, in a file readable by its owner only or in
 * the environment, as two lines {@code encryption=<Tink JSON keyset>} and {@code index=<…>}.
 */
public final class CarnetKeys {

    private static final String ENCRYPTION = "encryption";
    private static final String INDEX = "index";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final KeysetHandle encryption;
    private final KeysetHandle index;

    private CarnetKeys(KeysetHandle encryption, KeysetHandle index) {
        this.encryption = encryption;
        this.index = index;
    }

    public static CarnetKeys generate() {
        try {
            return new CarnetKeys(
                    KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, RegistryConfiguration.get()),
                    KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF, RegistryConfiguration.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate keys", e);
        }
    }

    /** @throws IllegalArgumentException with a message that names what is wrong, never a key */
    public static CarnetKeys parse(String text) {
        var properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("The keys are not in Carnet's format (lines encryption=… and index=…)");
        }
        return new CarnetKeys(keyset(properties, ENCRYPTION), keyset(properties, INDEX));
    }

    public static CarnetKeys read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        }
    }

    /** Whether others than the file's owner may read it (where the file system says so). */
    public static boolean readableByOthers(Path file) throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        var permissions = Files.getPosixFilePermissions(file);
        return permissions.stream().anyMatch(p -> !OWNER_ONLY.contains(p) && p != PosixFilePermission.OWNER_EXECUTE);
    }

    /** Writes the file readable by its owner only, replacing it in one step (a crash leaves the old or the new). */
    public void write(Path file) {
        try {
            Path folder = Objects.requireNonNull(file.toAbsolutePath().getParent(),
                    "a key file is not the root folder");
            Files.createDirectories(folder);
            Path next = folder.resolve(file.getFileName() + ".next");
            Files.deleteIfExists(next);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.writeString(next, format());
            try {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the key file " + file, e);
        }
    }

    public String format() {
        return "# Carnet's secret keys. Without them the personal data in the database cannot be read.\n"
                + "# Keep a copy apart from the database backups, readable by nobody else.\n"
                + ENCRYPTION + "=" + json(encryption) + "\n"
                + INDEX + "=" + json(index) + "\n";
    }

    public FieldCipher cipher() {
        return new FieldCipher(encryption, index);
    }

    /** A new AES-256-GCM key becomes the one that seals; the others stay to open what they sealed. */
    public CarnetKeys withNewEncryptionKey() {
        try {
            var builder = KeysetHandle.newBuilder(encryption);
            builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId().makePrimary());
            return new CarnetKeys(builder.build(), index);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot add a key", e);
        }
    }

    /** Keeps only the key that seals (once nothing is sealed by the others any more). */
    public CarnetKeys withoutOldEncryptionKeys() {
        try {
            var builder = KeysetHandle.newBuilder(encryption);
            for (int i = builder.size() - 1; i >= 0; i--) {
                if (!builder.getAt(i).isPrimary()) {
                    builder.deleteAt(i);
                }
            }
            return new CarnetKeys(builder.build(), index);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot remove the old keys", e);
        }
    }

    /** How many encryption keys are in use (more than one while a rotation is not finished). */
    public int encryptionKeyCount() {
        return encryption.size();
    }

    private static KeysetHandle keyset(Properties properties, String name) {
        String json = properties.getProperty(name);
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("The keys have no line " + name + "=…");
        }
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json.strip(), RegistryConfiguration.get(),
                    InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("The " + name + " keyset cannot be read");
        }
    }

    private static String json(KeysetHandle keyset) {
        try {
            // One line: the JSON holds no meaningful white space (keys are base64).
            return TinkJsonProtoKeysetFormat
                    .serializeKeyset(keyset, RegistryConfiguration.get(), InsecureSecretKeyAccess.get())
                    .replaceAll("\\s*\\R\\s*", "");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write a keyset", e);
        }
    }
}
