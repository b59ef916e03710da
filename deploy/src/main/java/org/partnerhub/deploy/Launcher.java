package org.partnerhub.deploy;

import fish.payara.micro.PayaraMicro;
import fish.payara.micro.PayaraMicroRuntime;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * {@code java -jar partnerhub.jar}: starts Payara Micro with the Partner Hub WAR at the root context on {@code PORT}
 * (default 8080). With {@code DB_URL} (and {@code DB_USER}, {@code DB_PASSWORD}) it uses that MySQL or MariaDB
 * server; without, it starts an embedded MariaDB whose data stays in {@code PARTNERHUB_DATA_DIR} (default ./data), so
 * a restart keeps what was entered.
 */
public final class Launcher {

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
    static final String DATA_KEY_PROPERTY = "partnerhub.data-key";

    /**
     * The JSON-P implementation bundled in Payara Micro 6 (Parsson). Named in {@code jakarta.json.provider} before the
     * server starts, so that {@code JsonProvider.provider()} loads it directly; unnamed, every call (Payara's own
     * health and metrics answers make several per request) runs a {@code ServiceLoader} scan of every jar of the web
     * application, with an exception per jar. Payara Server needs the same JVM option (README, "Deploying on Payara
     * Server").
     */
    static final String JSON_PROVIDER_PROPERTY = "jakarta.json.provider";
    static final String JSON_PROVIDER = "org.eclipse.parsson.JsonProviderImpl";
    private static final String HTTP_LISTENER =
            "configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
    /** The HTTP listener's settings, applied before the application is deployed. */
    static final java.util.List<String> HTTP_SETTINGS = java.util.List.of(
            // behind a TLS-terminating proxy, X-Forwarded-Proto tells the server the request was HTTPS (Secure cookies)
            "scheme-mapping=X-Forwarded-Proto",
            // no "Server: Payara Micro 6.…" and no "X-Powered-By" on every answer: the product and version help only
            // an attacker looking for a known flaw
            "server-header=false",
            "xpowered-by=false");

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        LauncherConfig config;
        try {
            config = LauncherConfig.from(System.getenv(), System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path war = applicationWar();
        if (!portFree(config.port())) {
            // Payara Micro would log the failure and carry on without a listener
            System.err.println("Port " + config.port() + " is in use. Stop what uses it, or choose another with PORT.");
            System.exit(6);
            return;
        }
        if (!config.externalDatabase()) {
            EmbeddedMariaDb db;
            try {
                db = EmbeddedMariaDb.start(config.dataDir());
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                System.exit(3);
                return;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(db::close, "embedded-mariadb-stop"));
            // System properties outrank the environment in MicroProfile Config: the application sees these.
            System.setProperty("db.url", db.jdbcUrl());
            System.setProperty("db.user", db.user());
            System.setProperty("db.password", db.password());
            LOG.info(() -> "Embedded MariaDB ready on 127.0.0.1:" + db.port() + ", data in " + config.dataDir());
        }
        System.setProperty("partnerhub.data-dir", config.dataDir().toString());
        if (!dataKeyConfigured()) {
            if (config.externalDatabase()) {
                System.err.println("PARTNERHUB_DATA_KEY is not set. Personal data is encrypted with it, and every server "
                        + "of a database must use the same key: generate one (openssl rand -base64 32), keep it safe, and "
                        + "give it to each server.");
                System.exit(5);
                return;
            }
            // the embedded database lives in the data directory, and so does its key
            System.setProperty(DATA_KEY_PROPERTY, DataKeyFile.readOrCreate(config.dataDir()));
        }
        if (System.getProperty(JSON_PROVIDER_PROPERTY) == null) {
            System.setProperty(JSON_PROVIDER_PROPERTY, JSON_PROVIDER);
        }
        PayaraMicro micro = PayaraMicro.getInstance();
        micro.setHttpPort(config.port())
                .setNoCluster(true)
                .setPrintLogo(false)
                .addDeploymentFile(war.toFile());
        micro.setPostBootHandler(admin -> {
            for (String setting : HTTP_SETTINGS) {
                admin.run("set", HTTP_LISTENER + setting);
            }
        });
        PayaraMicroRuntime runtime = micro.bootStrap();
        // Payara Micro reports "ready" even when the deployment failed: check, and fail loudly rather than serve nothing
        // (an application whose start-up singleton failed may still be listed as deployed, so also ask it for a page)
        if (runtime.getDeployedApplicationNames().isEmpty() || !answers(config.port())) {
            // "GrizzlyProxy is NULL" in the log: the port, free when checked above, was bound by another program before
            // Payara bound it (a connection's local port, another server started at the same moment)
            System.err.println("Partner Hub failed to deploy; the log above says why (\"GrizzlyProxy is NULL\": port "
                    + config.port() + " was taken by another program while the server started).");
            runtime.shutdown();
            System.exit(4);
        }
        LOG.info(() -> "Partner Hub is running at http://localhost:" + config.port() + "/");
    }

    /** Whether the application itself serves its home page: a failed deployment leaves only the server's 404. */
    private static boolean answers(int port) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(60))
                .build();
        try {
            // bounded on our side too: the client's own timeout was once seen not to fire
            return client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).get(90, TimeUnit.SECONDS)
                    .statusCode() == 200;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean portFree(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(port));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean dataKeyConfigured() {
        String property = System.getProperty(DATA_KEY_PROPERTY);
        String env = System.getenv("PARTNERHUB_DATA_KEY");
        return (property != null && !property.isBlank()) || (env != null && !env.isBlank());
    }

    /** The WAR sits in lib/ beside this jar, named ROOT.war so that Payara Micro serves it at the root context. */
    private static Path applicationWar() throws URISyntaxException {
        Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path war = jar.resolveSibling("lib").resolve("ROOT.war");
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("The application is missing: " + war + " (build it with mvn package)");
        }
        return war;
    }
}
