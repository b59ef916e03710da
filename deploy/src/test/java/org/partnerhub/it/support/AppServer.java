package org.partnerhub.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The packaged application ({@code java -jar target/partnerhub.jar}), started once for the whole test run exactly as
 * the README starts it, pointed at the run's own database, and stopped at the end (forcibly if it hangs).
 */
public final class AppServer implements AutoCloseable {

    // generous: on a loaded 2-core machine (parallel builds) a first start has been seen to take over four minutes
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(480);

    private final Process process;
    private final URI base;
    private final Path log;
    private final Path pidFile;

    private AppServer(Process process, URI base, Path log, Path pidFile) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.pidFile = pidFile;
    }

    public static AppServer start(Path jar, Path work, Map<String, String> environment) throws Exception {
        try {
            return startOnce(jar, work, environment);
        } catch (IllegalStateException failed) {
            // Payara Micro sometimes loses its HTTP listener while other servers start on the machine ("Error adding
            // HttpProbes … GrizzlyProxy is NULL", exit 4; issue 18, not yet understood): that start, and only that
            // one, is tried once more on another port, so that the tests test the application and not the race
            Path log = work.resolve("app.log");
            if (!Files.exists(log) || !Files.readString(log).contains("GrizzlyProxy is NULL")) {
                throw failed;
            }
            Files.move(log, work.resolve("app-failed-start.log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return startOnce(jar, work, environment);
        }
    }

    private static AppServer startOnce(Path jar, Path work, Map<String, String> environment) throws Exception {
        Files.createDirectories(work);
        int port = freePort();
        Path log = work.resolve("app.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m",
                        "-Djava.io.tmpdir=" + work.toAbsolutePath(), "-jar", jar.toAbsolutePath().toString()))
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("PARTNERHUB_DATA_DIR", work.resolve("data").toAbsolutePath().toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        Path pidFile = work.resolve("app.pid");
        Files.writeString(pidFile, String.valueOf(process.pid()));
        AppServer server = new AppServer(process, URI.create("http://localhost:" + port), log, pidFile);
        server.awaitReady();
        server.warmOpenApi();
        return server;
    }

    /**
     * A server started by someone else (for running one test class against a server already up, see the README); it
     * is not stopped at the end.
     */
    public static AppServer external(URI base) {
        return new AppServer(null, base, null, null);
    }

    /** The server's log, when this run started it. */
    public Path log() {
        return log;
    }

    public URI base() {
        return base;
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    private void awaitReady() throws Exception {
        // HTTP/1.1: the client's default HTTP/2 upgrade (h2c) was once seen to hang past every timeout against a server
        // still starting; and each probe is bounded on our side as well
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = client.sendAsync(
                                HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                                HttpResponse.BodyHandlers.ofString())
                        .get(10, TimeUnit.SECONDS);
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                // not listening yet, or not answering yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The application was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
    }

    /** The server's process id (the JVM that runs Payara Micro and the application). */
    public long pid() {
        return process.pid();
    }

    /**
     * Kills the server as a crash would ({@code kill -9} of its own process): no shutdown hook, no orderly stop, work
     * in flight simply ends.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Process " + process.pid() + " survived SIGKILL");
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // only a hint for CI's clean-up
        }
    }

    /**
     * Payara writes the OpenAPI document at its first request, which on a busy machine has taken longer than a test's
     * 30-second request timeout: ask for it once here, with time to spare.
     */
    private void warmOpenApi() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        try {
            client.sendAsync(HttpRequest.newBuilder(uri("/openapi")).timeout(Duration.ofSeconds(300)).build(),
                    HttpResponse.BodyHandlers.discarding()).get(310, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the tests that read the document will say what is wrong
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                // a Payara that hangs ignores SIGTERM
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            // an embedded database whose launcher did not stop it must not outlive the test run
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            Files.deleteIfExists(pidFile);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the pid file is only a hint for CI's clean-up
        }
    }

    /**
     * A free port below the kernel's ephemeral range (32768 and up on Linux). A port the kernel hands out for
     * {@code new ServerSocket(0)} is one it also hands out as the local port of outgoing connections: while the server
     * boots (a minute on a busy machine) a connection of another build could take it, Payara would fail to bind it
     * ("GrizzlyProxy is NULL") and the start would fail. Ports from 20000 to 32767 are given out by no one.
     */
    public static int freePort() throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20000 + random.nextInt(12768);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new java.net.InetSocketAddress(port));
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("No free port between 20000 and 32767");
    }
}
