package org.partnerhub.deploy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * What the launcher reads from its environment. System properties win over environment variables, as in MicroProfile
 * Config, so {@code -Ddb.url=…} and {@code DB_URL=…} both work.
 *
 * @param port the HTTP port ({@code PORT}, default 8080)
 * @param dataDir where the embedded database and uploaded files live ({@code PARTNERHUB_DATA_DIR}, default ./data)
 * @param externalDatabase whether a database is configured ({@code DB_URL}); without one the embedded one starts
 */
record LauncherConfig(int port, Path dataDir, boolean externalDatabase) {

    static final int DEFAULT_PORT = 8080;

    static LauncherConfig from(Map<String, String> env, Properties system) {
        String rawPort = first(system.getProperty("partnerhub.port"), env.get("PORT"));
        int port = DEFAULT_PORT;
        if (rawPort != null) {
            try {
                port = Integer.parseInt(rawPort.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("PORT must be a number between 1 and 65535, not \"" + rawPort + "\"");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("PORT must be between 1 and 65535, not " + port);
            }
        }
        String dataDir = first(system.getProperty("partnerhub.data-dir"), env.get("PARTNERHUB_DATA_DIR"));
        String dbUrl = first(system.getProperty("db.url"), env.get("DB_URL"));
        return new LauncherConfig(port, Path.of(dataDir == null ? "data" : dataDir).toAbsolutePath().normalize(),
                dbUrl != null);
    }

    private static String first(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null || b.isBlank() ? null : b;
    }
}
