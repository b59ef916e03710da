package org.partnerhub.it.support;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerhub.deploy.EmbeddedMariaDb;

/**
 * The databases of one test run, created at its start and dropped at its end, so that two runs never see each other's
 * data. The server is the one {@code DB_URL} names (with {@code DB_USER}/{@code DB_PASSWORD} allowed to create
 * databases), else the MariaDB or MySQL on 127.0.0.1:3306 (root without password, as on the CI machines), else an
 * embedded MariaDB started here, so a newcomer needs nothing but a JDK and Maven.
 */
public final class TestDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());
    private static final Pattern URL = Pattern.compile("jdbc:(?:mysql|mariadb)://([^/:?]+)(?::(\\d+))?(?:/[^?]*)?(\\?.*)?");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern RUN_NAME = Pattern.compile("ph_it_(\\d{14})_[0-9a-f]{4}(_\\w+)?");

    private final String host;
    private final int port;
    private final String params;
    private final String adminUser;
    private final String adminPassword;
    private final EmbeddedMariaDb embedded;
    private final String run;
    private final String user;
    private final String password;
    private final List<String> databases = new ArrayList<>();

    private TestDatabase(String host, int port, String params, String adminUser, String adminPassword,
            EmbeddedMariaDb embedded) throws SQLException {
        this.host = host;
        this.port = port;
        this.params = params;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.embedded = embedded;
        byte[] random = new byte[2];
        new SecureRandom().nextBytes(random);
        this.run = "ph_it_" + LocalDateTime.now().format(STAMP) + "_" + HexFormat.of().formatHex(random);
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String generated = HexFormat.of().formatHex(secret);
        dropStaleRuns();
        if (createUser(run, generated)) {
            this.user = run;
            this.password = generated;
        } else {
            LOG.warning("Cannot create a test user; the tests connect with the administrative account");
            this.user = adminUser;
            this.password = adminPassword;
        }
    }

    public static TestDatabase create(Path work) throws Exception {
        String url = System.getenv("DB_URL");
        if (url != null && !url.isBlank()) {
            Matcher m = URL.matcher(url.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("DB_URL is not a jdbc:mysql:// URL: " + url);
            }
            return new TestDatabase(m.group(1), m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? "" : m.group(3), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"), null);
        }
        // PARTNERHUB_IT_EMBEDDED=true runs the tests on the launcher's embedded MariaDB even when a server is there
        if (!"true".equalsIgnoreCase(System.getenv("PARTNERHUB_IT_EMBEDDED")) && canConnect("127.0.0.1", 3306, "root", "")) {
            return new TestDatabase("127.0.0.1", 3306, "?sslMode=DISABLED", "root", "", null);
        }
        LOG.info("No DB_URL, and no database on 127.0.0.1:3306 (or PARTNERHUB_IT_EMBEDDED=true): starting an embedded MariaDB for the tests");
        String adminPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        EmbeddedMariaDb db = EmbeddedMariaDb.start(work.resolve("mariadb"), List.of(
                "CREATE USER IF NOT EXISTS 'it_admin'@'127.0.0.1' IDENTIFIED BY '" + adminPassword + "';",
                "ALTER USER 'it_admin'@'127.0.0.1' IDENTIFIED BY '" + adminPassword + "';",
                "GRANT ALL PRIVILEGES ON *.* TO 'it_admin'@'127.0.0.1' WITH GRANT OPTION;"));
        return new TestDatabase("127.0.0.1", db.port(), "?sslMode=DISABLED", "it_admin", adminPassword, db);
    }

    /** Creates a fresh utf8mb4 database for this run, e.g. {@code ph_it_20261129061500_ab12_app}. */
    public String createDatabase(String suffix) throws SQLException {
        String name = run + "_" + suffix;
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            if (!user.equals(adminUser)) {
                for (String h : hosts()) {
                    s.execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + user + "'@'" + h + "'");
                }
            }
        }
        databases.add(name);
        return name;
    }

    public String url(String database) {
        return "jdbc:mysql://" + host + ":" + port + "/" + database + params;
    }

    /** Whether the administrative account has an empty password (root on a local MariaDB, as on the CI machines). */
    public boolean adminHasEmptyPassword() {
        return adminPassword == null || adminPassword.isEmpty();
    }

    public String adminUser() {
        return adminUser;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, password);
    }

    @Override
    public void close() {
        if (Boolean.getBoolean("partnerhub.it.keep-databases") && embedded == null) {
            // -Dpartnerhub.it.keep-databases=true: kept to be looked at (a benchmark's data, a failure's state); a
            // later run drops them once they are a day old
            LOG.warning("Kept the test databases " + databases + " (user " + user + ")");
            return;
        }
        try (Connection c = admin(); Statement s = c.createStatement()) {
            for (String name : databases) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
            if (!user.equals(adminUser)) {
                for (String h : hosts()) {
                    s.execute("DROP USER IF EXISTS '" + user + "'@'" + h + "'");
                }
            }
        } catch (SQLException e) {
            LOG.warning("Could not drop the test databases: " + e.getMessage());
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private boolean createUser(String name, String secret) {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            for (String h : hosts()) {
                s.execute("CREATE USER '" + name + "'@'" + h + "' IDENTIFIED BY '" + secret + "'");
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs that were killed before they could clean up leave databases behind; drop those older than a day. */
    private void dropStaleRuns() {
        String cutoff = LocalDateTime.now().minusDays(1).format(STAMP);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SHOW DATABASES LIKE 'ph\\_it\\_%'")) {
                while (rs.next()) {
                    Matcher m = RUN_NAME.matcher(rs.getString(1));
                    if (m.matches() && m.group(1).compareTo(cutoff) < 0) {
                        stale.add(rs.getString(1));
                    }
                }
            }
            for (String name : stale) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        } catch (SQLException e) {
            LOG.warning("Could not look for stale test databases: " + e.getMessage());
        }
    }

    private static List<String> hosts() {
        // 'localhost' too: on a server that resolves names, an anonymous ''@'localhost' would otherwise shadow '%'
        return List.of("%", "localhost", "127.0.0.1");
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + host + ":" + port + "/" + params, adminUser,
                adminPassword == null ? "" : adminPassword);
    }

    private static boolean canConnect(String host, int port, String user, String password) {
        try (Connection c = DriverManager.getConnection(
                "jdbc:mysql://" + host + ":" + port + "/?sslMode=DISABLED&connectTimeout=2000", user, password)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
