package app.carnet.web.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the shared test environment when the test run ends. */
public class StopTestEnvironment implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestEnvironment.stopIfStarted();
    }
}
