package org.partnerhub.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.partnerhub.it.support.AppServer;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestDatabase;
import org.partnerhub.it.support.TestEnvironment;

/**
 * Three servers of the jar started at the same moment on one machine and one new database (finding 9 of issue 18):
 * each must come up and serve, whatever the others do meanwhile (their ports, their migrations of the same schema).
 * Where the test database's administrator has no password (root of a local MariaDB, as the README's test setup and CI
 * have), the servers connect as that account with {@code DB_PASSWORD} set and empty.
 *
 * <p>Three boots at once need several CPU minutes: on a shared 2-core machine they took longer than the start timeout
 * (480 s). So the test runs only when asked for, {@code -Dpartnerhub.it.parallel-start=true}, on a machine with cores
 * to spare (see docs/SECURITY.md, finding 9).
 */
class ParallelStartIT {

    private static final Logger LOG = Logger.getLogger(ParallelStartIT.class.getName());
    private static final int SERVERS = 3;

    @Test
    void threeServersStartedAtOnceAllComeUp() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("partnerhub.it.parallel-start"),
                "three simultaneous starts run with -Dpartnerhub.it.parallel-start=true");
        TestEnvironment environment = TestEnvironment.get();
        TestDatabase database = environment.database();
        String schema = database.createDatabase("parallel");
        boolean emptyPassword = database.adminHasEmptyPassword();
        Map<String, String> env = new java.util.HashMap<>(environment.appEnvironment(Map.of()));
        env.put("DB_URL", database.url(schema));
        if (emptyPassword) {
            env.put("DB_USER", database.adminUser());
            env.put("DB_PASSWORD", "");
        } else {
            LOG.warning("The test database's administrator has a password: the empty DB_PASSWORD is not tried here");
        }
        Path jar = Path.of(System.getProperty("partnerhub.it.jar", "target/partnerhub.jar"));
        ExecutorService starting = Executors.newFixedThreadPool(SERVERS);
        List<Future<AppServer>> servers = new ArrayList<>();
        try {
            for (int i = 0; i < SERVERS; i++) {
                Path work = environment.work().resolve("parallel-" + i);
                servers.add(starting.submit(() -> AppServer.start(jar, work, env)));
            }
            for (Future<AppServer> future : servers) {
                AppServer server = future.get(10, TimeUnit.MINUTES);
                Http http = new Http(server.base());
                assertThat(http.get("/health/ready").body()).contains("\"UP\"");
                assertThat(http.get("/api/v1/regions/510108").status()).isEqualTo(200);
            }
        } finally {
            for (Future<AppServer> future : servers) {
                try {
                    future.get(10, TimeUnit.MINUTES).close();
                } catch (Exception e) {
                    // a server that did not start has nothing to stop; the failure is reported above
                }
            }
            starting.shutdownNow();
        }
    }
}
