package app.carnet.web.it.support;

import app.carnet.domain.security.CarnetKeys;
import app.carnet.web.it.TestDatabase;
import app.carnet.web.it.TestEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives the Payara Micro that Arquillian starts a fresh database of its own. Register it before
 * Arquillian's extension: it must set {@code carnet.arquillian.jvmOptions} before arquillian.xml is read.
 */
public class ArquillianDatabase implements BeforeAllCallback {

    static final String SETUP_CODE = "TEST-SETUP-CODE";

    private static TestDatabase.Account account;

    /** The database of Arquillian's Payara Micro. */
    static synchronized TestDatabase.Account account() {
        return account;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (ArquillianDatabase.class) {
            if (account != null) {
                return;
            }
            account = TestEnvironment.newDatabase("arq");
            Path keys = Path.of(System.getProperty("carnet.it.workDir", "target/it"), "keys-arquillian.properties");
            try {
                Files.deleteIfExists(keys);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CarnetKeys.generate().write(keys);
            System.setProperty("carnet.arquillian.jvmOptions", "-Xmx768m -Duser.timezone=Europe/Paris"
                    + " -Dcarnet.db.url=" + account.url() + " -Dcarnet.db.user=" + account.user()
                    + " -Dcarnet.db.password=" + account.password() + " -Dcarnet.setup.code=" + SETUP_CODE
                    + " -Dcarnet.keys.file=" + keys.toAbsolutePath());
        }
    }
}
