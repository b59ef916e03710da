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
    /** The metrics token (PARTNERHUB_METRICS_TOKEN) of every server the tests start. */
    public static final String METRICS_TOKEN = "metrics-" + java.util.UUID.randomUUID();
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
        recordChildren(work.resolve("children.pid"));
    }

    /**
     * Keeps the ids of the processes this test run started (the packaged servers, the Arquillian containers, embedded
     * databases) in {@code children.pid}, so that CI can end exactly these if a run is killed before it could stop
     * them, and nothing else on the machine (.ci/run).
     */
    private static void recordChildren(Path file) {
        Thread recorder = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                String pids = ProcessHandle.current().descendants().map(p -> String.valueOf(p.pid()))
                        .collect(java.util.stream.Collectors.joining("\n"));
                try {
                    java.nio.file.Files.writeString(file, pids.isEmpty() ? "" : pids + "\n");
                    Thread.sleep(3_000);
                } catch (java.io.IOException e) {
                    return;
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "child-process-recorder");
        recorder.setDaemon(true);
        recorder.start();
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
        String external = System.getProperty("partnerhub.it.app-url");
        if (app == null && external != null && !external.isBlank()) {
            // -Dpartnerhub.it.app-url=http://localhost:8080: a server already running (with the tests' admin password)
            app = AppServer.external(java.net.URI.create(external));
        }
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
                "PARTNERHUB_METRICS_TOKEN", METRICS_TOKEN,
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
