package org.partnerhub.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerhub.it.support.AppServer;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * {@code java -jar partnerhub.jar} with no database configured: it starts its own MariaDB in the data directory,
 * serves the seeded tree, and after a restart still has what was stored the first time.
 */
class EmbeddedLauncherIT {

    @Test
    void theJarRunsWithNoSetupAndARestartKeepsTheData() throws Exception {
        Path work = TestEnvironment.get().work().resolve("embedded");
        Path jar = Path.of(System.getProperty("partnerhub.it.jar", "target/partnerhub.jar"));
        Map<String, String> noDatabase = Map.of("DB_URL", "", "DB_USER", "", "DB_PASSWORD", "", "PARTNERHUB_DATA_KEY", "");

        String firstSeededAt;
        try (AppServer first = AppServer.start(jar, work, noDatabase)) {
            Http http = new Http(first.base());
            JsonObject chenghua = http.get("/api/v1/regions/510108").json();
            assertThat(chenghua.getInt("childCount")).isEqualTo(11);
            firstSeededAt = chenghua.getString("updatedAt");
            assertThat(http.get("/").body()).contains("社区治理合伙人供需对接平台");
        }
        Path data = work.resolve("data");
        assertThat(data.resolve("db")).isDirectory();
        for (String secret : new String[] {"db-credentials.properties", "data-key"}) {
            assertThat(Files.getPosixFilePermissions(data.resolve(secret)))
                    .as(secret + " is readable by its owner only")
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }

        try (AppServer second = AppServer.start(jar, work, noDatabase)) {
            JsonObject chenghua = new Http(second.base()).get("/api/v1/regions/510108").json();
            assertThat(chenghua.getString("updatedAt")).as("the same rows, not a second seed").isEqualTo(firstSeededAt);
        }
    }
}
