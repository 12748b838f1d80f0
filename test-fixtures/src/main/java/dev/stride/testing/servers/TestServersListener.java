package dev.stride.testing.servers;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Hooks {@link TestServers} into every test run of a module that has the fixtures on its test classpath: JUnit
 * opens the launcher session before any test class (Quarkus tests included) is loaded, and closes it after the
 * last one.
 */
public final class TestServersListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        TestServers.ensureStarted();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestServers.stopStarted();
    }
}
