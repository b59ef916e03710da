package org.partnerhub.it.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;

/**
 * What the whole integration-test run shares: its databases (one for the packaged application, one for the Arquillian
 * deployments) and the packaged application itself, started on first use. Created when the test session opens (see
 * {@link SessionListener}) so that Arquillian finds the database in the system properties its configuration reads.
 */
public final class TestEnvironment {

    private static final Logger LOG = Logger.getLogger(TestEnvironment.class.getName());
    /** The first administrator's password in every server the tests start. */
    public static final String ADMIN_PASSWORD = "Chenghua#Test-2026";
    private static TestEnvironment instance;
    private static final String DATA_KEY = java.util.Base64.getEncoder().encodeToString(
            new java.security.SecureRandom().generateSeed(32));

    private final Path work;
    private final TestDatabase database;
    private final String appDatabase;
    private final String arquillianDatabase;
    private AppServer app;

    private TestEnvironment(Path work, TestDatabase database, String appDatabase, String arquillianDatabase) {
        this.work = work;
        this.database = database;
        this.appDatabase = appDatabase;
        this.arquillianDatabase = arquillianDatabase;
    }

    static synchronized void open() throws Exception {
        if (instance != null) {
            return;
        }
        Path work = Path.of(System.getProperty("partnerhub.it.work", "target/it")).toAbsolutePath();
        // the Arquillian container's temporary directory: Payara Micro cannot start if it is missing, which it is on a
        // clean build against an external database (only the embedded one used to create it)
        java.nio.file.Files.createDirectories(work);
        TestDatabase database = TestDatabase.create(work);
        String app = database.createDatabase("app");
        String arquillian = database.createDatabase("arq");
        System.setProperty("partnerhub.it.arq.url", database.url(arquillian));
        System.setProperty("partnerhub.it.db.user", database.user());
        System.setProperty("partnerhub.it.db.password", database.password());
        System.setProperty("partnerhub.it.data-key", DATA_KEY);
        System.setProperty("partnerhub.it.admin-password", ADMIN_PASSWORD);
        LOG.info(() -> "Test databases " + app + " and " + arquillian + " created");
        instance = new TestEnvironment(work, database, app, arquillian);
    }

    static synchronized void close() {
        if (instance == null) {
            return;
        }
        try {
            if (instance.app != null) {
                instance.app.close();
            }
        } finally {
            instance.database.close();
            instance = null;
        }
    }

    public static synchronized TestEnvironment get() {
        if (instance == null) {
            throw new IllegalStateException("The integration-test environment is not open (run the tests with failsafe)");
        }
        return instance;
    }

    /** The packaged application, started on first use and shared by every test of the run. */
    public synchronized AppServer app() throws Exception {
        if (app == null) {
            Path jar = Path.of(System.getProperty("partnerhub.it.jar", "target/partnerhub.jar"));
            app = AppServer.start(jar, work.resolve("app"), appEnvironment(Map.of()));
        }
        return app;
    }

    /**
     * The environment of a packaged server on the run's application database, plus {@code extra} settings (a short
     * session timeout for one test, say).
     */
    public Map<String, String> appEnvironment(Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "DB_URL", database.url(appDatabase),
                "DB_USER", database.user(),
                "DB_PASSWORD", database.password(),
                "PARTNERHUB_DATA_KEY", DATA_KEY,
                "PARTNERHUB_ADMIN_PASSWORD", ADMIN_PASSWORD,
                // the whole run's anonymous writes come from this machine: room for them, still a finite limit
                // (OnboardingApiIT#anonymousWritesAreLimitedPerAddressWith429AndRetryAfter exhausts one address)
                "PARTNERHUB_ANON_PER_ADDRESS", "200",
                "PARTNERHUB_ANON_TOTAL", "5000",
                // the browser tests run the real proof-of-work script: 12 bits keep it short on a busy machine
                "PARTNERHUB_ANON_POW_DIFFICULTY", "12"));
        env.putAll(extra);
        return env;
    }

    public TestDatabase database() {
        return database;
    }

    public String appDatabase() {
        return appDatabase;
    }

    public Path work() {
        return work;
    }
}
