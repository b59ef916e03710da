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
        return server;
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

    @Override
    public void close() {
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
