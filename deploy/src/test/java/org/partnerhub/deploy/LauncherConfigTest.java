package org.partnerhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {

    @Test
    void defaultsToPort8080AnEmbeddedDatabaseAndADataDirectoryHere() {
        LauncherConfig config = LauncherConfig.from(Map.of(), new Properties());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.externalDatabase()).isFalse();
        assertThat(config.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void theEnvironmentChangesPortDataDirectoryAndDatabase() {
        LauncherConfig config = LauncherConfig.from(
                Map.of("PORT", "9090", "PARTNERHUB_DATA_DIR", "/var/lib/partnerhub", "DB_URL", "jdbc:mysql://db/x"),
                new Properties());
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/partnerhub"));
        assertThat(config.externalDatabase()).isTrue();
    }

    @Test
    void systemPropertiesWinOverTheEnvironmentAsInMicroProfileConfig() {
        Properties system = new Properties();
        system.setProperty("db.url", "jdbc:mysql://db/y");
        system.setProperty("partnerhub.port", "7070");
        LauncherConfig config = LauncherConfig.from(Map.of("PORT", "9090"), system);
        assertThat(config.port()).isEqualTo(7070);
        assertThat(config.externalDatabase()).isTrue();
    }

    @Test
    void aBadPortIsRefusedWithAMessage() {
        assertThatThrownBy(() -> LauncherConfig.from(Map.of("PORT", "eighty"), new Properties()))
                .hasMessageContaining("PORT must be a number");
        assertThatThrownBy(() -> LauncherConfig.from(Map.of("PORT", "70000"), new Properties()))
                .hasMessageContaining("between 1 and 65535");
        assertThat(LauncherConfig.from(Map.of("DB_URL", "  "), new Properties()).externalDatabase()).isFalse();
    }
}
