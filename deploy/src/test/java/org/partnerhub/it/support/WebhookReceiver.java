package org.partnerhub.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A webhook receiver for the tests: the JDK's HTTP server on 127.0.0.1, one endpoint per path
 * ({@code /hook/<name>}), recording every request it is sent (headers and body) and answering what the test tells it
 * to — a status, or nothing at all for a while (a receiver that hangs).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived, and the status it was answered with (0: held, never answered). */
    public record Delivery(String endpoint, String id, String timestamp, String signature, String body,
            int answered, Instant at) {}

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> arrivals = new ConcurrentHashMap<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
    }

    /** The URL of an endpoint of this receiver. */
    public String url(String endpoint) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/" + endpoint;
    }

    /** From now on the endpoint answers with this status (204 unless told otherwise). */
    public void answer(String endpoint, int status) {
        statuses.put(endpoint, status);
    }

    /**
     * From now on the endpoint keeps each request waiting (until {@link #release}); the returned latch opens when the
     * first such request has arrived.
     */
    public CountDownLatch hang(String endpoint) {
        holds.put(endpoint, new CountDownLatch(1));
        CountDownLatch arrived = new CountDownLatch(1);
        arrivals.put(endpoint, arrived);
        return arrived;
    }

    public void release(String endpoint) {
        CountDownLatch hold = holds.remove(endpoint);
        if (hold != null) {
            hold.countDown();
        }
    }

    public List<Delivery> deliveries(String endpoint) {
        return deliveries.stream().filter(d -> d.endpoint().equals(endpoint)).toList();
    }

    /** Waits until the endpoint's deliveries satisfy the condition; returns them. */
    public List<Delivery> await(String endpoint, Predicate<List<Delivery>> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Delivery> now = deliveries(endpoint);
            if (condition.test(now)) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The receiver's endpoint " + endpoint + " did not get what was awaited within "
                + timeout + "; it got " + summary(deliveries(endpoint)));
    }

    private static List<String> summary(List<Delivery> list) {
        List<String> out = new ArrayList<>();
        list.forEach(d -> out.add(d.id() + "→" + d.answered()));
        return out;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String endpoint = exchange.getRequestURI().getPath().substring("/hook/".length());
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            CountDownLatch hold = holds.get(endpoint);
            if (hold != null) {
                CountDownLatch arrived = arrivals.get(endpoint);
                if (arrived != null) {
                    arrived.countDown();
                }
                try {
                    hold.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                // a held request is never answered: recorded as such (0), the connection simply closes
                deliveries.add(new Delivery(endpoint, exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), body, 0, Instant.now()));
                return;
            }
            int status = statuses.getOrDefault(endpoint, 204);
            deliveries.add(new Delivery(endpoint, exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, status, Instant.now()));
            byte[] answer = ("answered " + status).getBytes(StandardCharsets.UTF_8);
            if (status == 204) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                exchange.sendResponseHeaders(status, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        } catch (IOException e) {
            // the server gave up on the request (its read timeout, or it was killed): nothing to answer
        }
    }

    @Override
    public void close() {
        holds.values().forEach(CountDownLatch::countDown);
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
