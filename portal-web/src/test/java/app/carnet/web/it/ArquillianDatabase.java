package app.carnet.web.it;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives the Payara Micro that Arquillian starts a fresh database of its own. Register it before
 * Arquillian's extension: it must set {@code carnet.arquillian.jvmOptions} before arquillian.xml is read.
 */
public class ArquillianDatabase implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (System.getProperty("carnet.arquillian.jvmOptions") == null) {
            var account = TestEnvironment.newDatabase("arq");
            System.setProperty("carnet.arquillian.url", account.url());
            System.setProperty("carnet.arquillian.user", account.user());
            System.setProperty("carnet.arquillian.password", account.password());
            System.setProperty("carnet.arquillian.jvmOptions", "-Xmx768m -Duser.timezone=Europe/Paris"
                    + " -Dcarnet.db.url=" + account.url() + " -Dcarnet.db.user=" + account.user()
                    + " -Dcarnet.db.password=" + account.password());
        }
    }
}
