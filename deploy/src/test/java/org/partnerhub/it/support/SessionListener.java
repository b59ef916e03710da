package org.partnerhub.it.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Opens the shared test environment when the failsafe run starts and closes it (application stopped, databases
 * dropped) when it ends. Unit-test runs (surefire) do not set {@code partnerhub.it} and are left alone.
 */
public class SessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("partnerhub.it")) {
            try {
                TestEnvironment.open();
            } catch (Exception e) {
                throw new IllegalStateException("Could not prepare the integration-test environment", e);
            }
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestEnvironment.close();
    }
}
