package app.carnet.web.config;

import app.carnet.domain.security.CarnetKeys;
import app.carnet.domain.security.FieldCipher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the keys that seal personal fields, before anything else starts: from {@code CARNET_KEYS} (the key
 * file's content) or from the file {@code CARNET_KEYS_FILE}. Without usable keys Carnet does not start, so it
 * never writes a personal field in clear. The messages name the setting, never a key.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EncryptionKeys {

    private static final Logger LOG = Logger.getLogger(EncryptionKeys.class.getName());

    @Inject
    @ConfigProperty(name = "carnet.keys")
    Optional<String> keys;
    @Inject
    @ConfigProperty(name = "carnet.keys.file")
    Optional<String> file;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void load() {
        FieldCipher.install(read().cipher());
        LOG.info("Encryption keys loaded");
    }

    private CarnetKeys read() {
        if (keys.filter(k -> !k.isBlank()).isPresent()) {
            return CarnetKeys.parse(keys.get());
        }
        Path path = file.filter(f -> !f.isBlank()).map(Path::of).orElseThrow(() -> new IllegalStateException(
                "Carnet has no encryption keys: set CARNET_KEYS_FILE to the key file (see the README, Security)"));
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("The key file named by CARNET_KEYS_FILE does not exist: " + path);
        }
        try {
            if (CarnetKeys.readableByOthers(path)) {
                throw new IllegalStateException("The key file " + path + " can be read by other users: chmod 600 it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CarnetKeys.read(path);
    }
}
