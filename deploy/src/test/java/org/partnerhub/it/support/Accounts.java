package org.partnerhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accounts for the HTTP tests, made the way a district would make them: the administrator creates the account through
 * the API, the new user replaces the temporary password (HTTP Basic on {@code /users/me/password}), then gets a token.
 */
public final class Accounts {

    /** A ready account: its name, its own password and a bearer token. */
    public record Account(long id, String username, String password, String token) {

        /** The Authorization header, and any further header name/value pairs. */
        public String[] bearer(String... more) {
            String[] headers = new String[more.length + 2];
            headers[0] = "Authorization";
            headers[1] = "Bearer " + token;
            System.arraycopy(more, 0, headers, 2, more.length);
            return headers;
        }
    }

    public static final String PASSWORD = "Partner#Hub-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Http http;
    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    public Accounts(Http http) {
        this.http = http;
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String token(String username, String password) {
        Http.Answer answer = http.send("POST", "/api/v1/tokens", null, null, "Authorization", basic(username, password));
        if (answer.status() != 201) {
            throw new IllegalStateException("No token for " + username + ": " + answer.status() + " " + answer.body());
        }
        return answer.json().getString("token");
    }

    public Account admin() {
        return new Account(1, "admin", TestEnvironment.ADMIN_PASSWORD, token("admin", TestEnvironment.ADMIN_PASSWORD));
    }

    /** A new account of {@code role}, bound to {@code regionCode} or {@code partnerId}, with its own password set. */
    public Account create(Account admin, String role, String regionCode, Long partnerId, String phone) {
        String username = role.toLowerCase().replace('_', '-') + "-" + run + "-" + SEQUENCE.incrementAndGet();
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "测试" + role)
                .add("role", role);
        if (regionCode != null) {
            body.add("regionCode", regionCode);
        }
        if (partnerId != null) {
            body.add("partnerId", partnerId);
        }
        if (phone != null) {
            body.add("phone", phone);
        }
        Http.Answer created = http.send("POST", "/api/v1/users", "application/json", body.build().toString(), admin.bearer());
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create " + username + ": " + created.body());
        }
        JsonObject json = created.json();
        String temporary = json.getString("temporaryPassword");
        Http.Answer changed = http.send("POST", "/api/v1/users/me/password", "application/json",
                "{\"newPassword\":\"" + PASSWORD + "\"}", "Authorization", basic(username, temporary));
        if (changed.status() != 204) {
            throw new IllegalStateException("Could not set the password of " + username + ": " + changed.body());
        }
        return new Account(json.getJsonObject("user").getJsonNumber("id").longValue(), username, PASSWORD,
                token(username, PASSWORD));
    }
}
