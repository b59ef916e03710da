package org.partnerhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;
import org.partnerhub.it.support.WebSession;

/** Accounts, tokens, the audit log, region import and the security headers, over HTTP against the packaged server. */
class SecurityApiIT {

    private static Http http;
    private static Accounts accounts;
    private static Account admin;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
        accounts = new Accounts(http);
        admin = accounts.admin();
    }

    /** Failures from a made-up address behind the (trusted, local) proxy, so the throttle of 127.0.0.1 stays clear. */
    private static String[] from(String address, String... more) {
        String[] headers = new String[more.length + 2];
        headers[0] = "X-Forwarded-For";
        headers[1] = address;
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }

    private static String someAddress() {
        return "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250);
    }

    @Test
    void wrongOrMissingCredentialsAre401ProblemsThatRevealNothing() {
        String address = someAddress();
        Http.Answer wrongPassword = http.send("POST", "/api/v1/tokens", null, null,
                from(address, "Authorization", Accounts.basic("admin", "not-the-password"), "Accept-Language", "en"));
        Http.Answer unknownUser = http.send("POST", "/api/v1/tokens", null, null,
                from(address, "Authorization", Accounts.basic("nobody-at-all", "whatever"), "Accept-Language", "en"));
        Http.Answer none = http.send("POST", "/api/v1/tokens", null, null, "Accept-Language", "en");

        for (Http.Answer answer : List.of(wrongPassword, unknownUser, none)) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
        }
        assertThat(wrongPassword.json().getString("detail")).isEqualTo(unknownUser.json().getString("detail"))
                .isEqualTo("Wrong user name or password");
    }

    @Test
    void aBearerTokenWorksUntilItIsRevokedThenIsA401() {
        String token = accounts.token("admin", TestEnvironment.ADMIN_PASSWORD);
        assertThat(http.get("/api/v1/users", "Authorization", "Bearer " + token).status()).isEqualTo(200);

        JsonObject mine = http.get("/api/v1/tokens?size=200", "Authorization", "Bearer " + token).json();
        long id = mine.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> token.substring(3, 11).equals(t.getString("prefix")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        Http.Answer revoked = http.send("DELETE", "/api/v1/tokens/" + id, null, null, admin.bearer());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().getBoolean("active")).isFalse();

        Http.Answer refused = http.get("/api/v1/regions", "Authorization", "Bearer " + token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().getString("type")).isEqualTo("urn:partnerhub:problem:unauthorized");
        assertThat(http.get("/api/v1/users", "Authorization", "Bearer ph_made-up").status()).isEqualTo(401);
    }

    @Test
    void aRightTokenOnAForbiddenActionIsA403() {
        Account community = accounts.create(admin, "COMMUNITY_STAFF", communityCode(), null, null);
        Http.Answer answer = http.get("/api/v1/users", community.bearer());
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().getString("type")).isEqualTo("urn:partnerhub:problem:forbidden");
        JsonObject denied = http.get("/api/v1/audit-events?action=ACCESS_DENIED&actor=" + community.username(),
                admin.bearer()).json();
        assertThat(denied.getInt("total")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aNewAccountMustChangeItsPasswordBeforeItGetsAToken() {
        Http.Answer created = http.send("POST", "/api/v1/users", "application/json",
                "{\"username\":\"fresh-" + System.nanoTime() % 100000 + "\",\"displayName\":\"新人\",\"role\":\"AUDITOR\","
                        + "\"regionCode\":\"510108\"}", admin.bearer());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/users/");
        String username = created.json().getJsonObject("user").getString("username");
        String temporary = created.json().getString("temporaryPassword");
        assertThat(temporary).hasSize(16);

        Http.Answer tooEarly = http.send("POST", "/api/v1/tokens", null, null, "Authorization", Accounts.basic(username, temporary));
        assertThat(tooEarly.status()).isEqualTo(403);

        Http.Answer weak = http.send("POST", "/api/v1/users/me/password", "application/json", "{\"newPassword\":\"abcdefgh\"}",
                "Authorization", Accounts.basic(username, temporary), "Accept-Language", "en");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("newPassword");
        assertThat(weak.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("Use at least 3 of: capital letters, small letters, digits, other characters");

        Http.Answer same = http.send("POST", "/api/v1/users/me/password", "application/json",
                "{\"newPassword\":\"" + temporary + "\"}", "Authorization", Accounts.basic(username, temporary));
        assertThat(same.status()).as("the temporary password is in the history").isEqualTo(400);

        assertThat(http.send("POST", "/api/v1/users/me/password", "application/json", "{\"newPassword\":\"Good#Pass-2026\"}",
                "Authorization", Accounts.basic(username, temporary)).status()).isEqualTo(204);
        assertThat(accounts.token(username, "Good#Pass-2026")).startsWith("ph_");
    }

    @Test
    void badAccountInputNamesEachField() {
        Http.Answer answer = http.send("POST", "/api/v1/users", "application/json",
                "{\"username\":\"X\",\"role\":\"STREET_STAFF\",\"regionCode\":\"510108\",\"phone\":\"12345\"}",
                admin.bearer("Accept-Language", "zh-CN"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("username", "regionCode", "phone", "displayName");
        assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("field").equals("regionCode")).singleElement()
                .extracting(e -> e.getString("message")).isEqualTo("街道工作人员的所属区划必须是街道（镇），而“成华区”是区（县）");

        Http.Answer wrongType = http.send("POST", "/api/v1/users", "application/json", "{\"role\":\"KING\",\"partnerId\":\"one\"}",
                admin.bearer());
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("role", "partnerId");

        Http.Answer outside = http.send("POST", "/api/v1/users", "application/json",
                "{\"username\":\"outsider\",\"displayName\":\"外区\",\"role\":\"AUDITOR\",\"regionCode\":\"510131\"}",
                admin.bearer("Accept-Language", "en"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("\"蒲江县\" is outside the area you administer");

        Http.Answer notJson = http.send("POST", "/api/v1/users", "application/json", "{\"username\": ", admin.bearer());
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("body");
    }

    @Test
    void phonesAreMaskedInListsAndFullOnlyOnTheAuditedDetail() {
        Account staff = accounts.create(admin, "STREET_STAFF", streetCode(), null, "13912345678");
        JsonObject list = http.get("/api/v1/users?q=" + staff.username(), admin.bearer()).json();
        assertThat(list.getJsonArray("items").getJsonObject(0).getString("phone")).isEqualTo("139****5678");

        Http.Answer detail = http.get("/api/v1/users/" + staff.id(), admin.bearer());
        assertThat(detail.json().getString("phone")).isEqualTo("13912345678");
        assertThat(detail.header("Cache-Control")).contains("no-store");
        JsonObject audit = http.get("/api/v1/audit-events?action=PERSONAL_DATA_VIEWED&objectType=user&objectId=" + staff.id(),
                admin.bearer()).json();
        assertThat(audit.getInt("total")).isGreaterThanOrEqualTo(1);
        JsonObject line = audit.getJsonArray("items").getJsonObject(0);
        assertThat(line.getString("actor")).isEqualTo("admin");
        assertThat(line.getString("occurredAt")).endsWith("+08:00");
        assertThat(line.getString("clientAddress")).isNotBlank();
    }

    @Test
    void aStaleIfMatchIs412AndDisablingEndsTheTokens() {
        Account staff = accounts.create(admin, "STREET_STAFF", streetCode(), null, null);
        Http.Answer read = http.get("/api/v1/users/" + staff.id(), admin.bearer());
        String etag = read.header("ETag");
        String body = "{\"displayName\":\"改名\",\"role\":\"STREET_STAFF\",\"regionCode\":\"" + streetCode() + "\"}";
        assertThat(http.send("PUT", "/api/v1/users/" + staff.id(), "application/json", body, admin.bearer("If-Match", etag))
                .status()).isEqualTo(200);
        Http.Answer stale = http.send("PUT", "/api/v1/users/" + staff.id(), "application/json", body,
                admin.bearer("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);

        assertThat(http.get("/api/v1/tokens", staff.bearer()).status()).isEqualTo(200);
        Http.Answer disabled = http.send("PUT", "/api/v1/users/" + staff.id(), "application/json",
                body.replace("}", ",\"enabled\":false}"), admin.bearer());
        assertThat(disabled.json().getBoolean("enabled")).isFalse();
        assertThat(http.get("/api/v1/tokens", staff.bearer()).status()).isEqualTo(401);
    }

    @Test
    void regionImportIsForAdministratorsAndReportsLines() {
        String good = "level,code,name_zh,name_en,parent_code,note\ncommunity,,接口测试社区" + System.nanoTime() % 100000
                + ",,青龙街道,\n";
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8", good, admin.bearer());
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().getInt("created")).isEqualTo(1);

        Http.Answer bad = http.send("POST", "/api/v1/regions/import", "text/csv", good + "planet,,火星,,,\n",
                admin.bearer("Accept-Language", "en"));
        assertThat(bad.status()).isEqualTo(400);
        JsonObject error = bad.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getInt("line")).isEqualTo(3);
        assertThat(error.getString("field")).isEqualTo("level");

        assertThat(http.send("POST", "/api/v1/regions/import", "text/csv", good, (String[]) null).status()).isEqualTo(401);
        Account auditor = accounts.create(admin, "AUDITOR", "510108", null, null);
        assertThat(http.send("POST", "/api/v1/regions/import", "text/csv", good, auditor.bearer()).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit-events?action=REGIONS_IMPORTED&outcome=FAILURE", auditor.bearer()).json()
                .getInt("total")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void failuresFromOneAddressAreThrottledAnd5FailuresLockAnAccount() {
        Account victim = accounts.create(admin, "AUDITOR", "510108", null, null);
        String address = someAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(http.send("POST", "/api/v1/tokens", null, null,
                    from(address, "Authorization", Accounts.basic(victim.username(), "wrong-" + i))).status()).isEqualTo(401);
        }
        Http.Answer locked = http.send("POST", "/api/v1/tokens", null, null,
                from(someAddress(), "Authorization", Accounts.basic(victim.username(), victim.password()), "Accept-Language", "en"));
        assertThat(locked.status()).as("the right password on a locked account").isEqualTo(401);
        assertThat(locked.json().getString("detail")).isEqualTo("Wrong user name or password");
        assertThat(http.get("/api/v1/audit-events?action=ACCOUNT_LOCKED&objectId=" + victim.id(), admin.bearer()).json()
                .getInt("total")).isEqualTo(1);

        String noisy = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250);
        int status = 0;
        for (int i = 0; i < 25 && status != 429; i++) {
            status = http.send("POST", "/api/v1/tokens", null, null,
                    from(noisy, "Authorization", Accounts.basic("nobody-" + i, "x"))).status();
        }
        assertThat(status).isEqualTo(429);
        Http.Answer evenRight = http.send("POST", "/api/v1/tokens", null, null,
                from(noisy, "Authorization", Accounts.basic("admin", TestEnvironment.ADMIN_PASSWORD)));
        assertThat(evenRight.status()).isEqualTo(429);
        assertThat(evenRight.header("Retry-After")).isNotBlank();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (Http.Answer answer : List.of(http.get("/"), http.get("/api/v1/categories"), http.get("/login"))) {
            assertThat(answer.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'",
                    "script-src 'self'");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
        }
        assertThat(http.get("/api/v1/users", admin.bearer()).header("Cache-Control")).contains("no-store");
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndSecureBehindHttps() {
        Http.Answer plain = http.get("/login");
        assertThat(plain.header("Set-Cookie")).contains("JSESSIONID", "HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        Http.Answer https = http.get("/login", "X-Forwarded-Proto", "https");
        assertThat(https.header("Set-Cookie")).contains("HttpOnly", "Secure");
    }

    @Test
    void aSignedInPageIsNotStoredAndTheApiIgnoresItsSessionCookie() {
        WebSession web = new WebSession(http.base());
        assertThat(web.signIn("admin", TestEnvironment.ADMIN_PASSWORD)).isTrue();
        HttpResponse<String> account = web.get("/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String session = web.cookie("JSESSIONID");
        assertThat(session).isNotBlank();

        Http.Answer withCookie = http.send("POST", "/api/v1/users", "application/json",
                "{\"username\":\"via-cookie\",\"displayName\":\"x\",\"role\":\"AUDITOR\",\"regionCode\":\"510108\"}",
                "Cookie", "JSESSIONID=" + session);
        assertThat(withCookie.status()).isEqualTo(401);
    }

    @Test
    void aNewSessionIdIsIssuedAtSignIn() {
        WebSession web = new WebSession(http.base());
        web.get("/login");
        String before = web.cookie("JSESSIONID");
        assertThat(web.signIn("admin", TestEnvironment.ADMIN_PASSWORD)).isTrue();
        assertThat(web.cookie("JSESSIONID")).isNotBlank().isNotEqualTo(before);
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        WebSession web = new WebSession(http.base());
        assertThat(web.signIn("admin", TestEnvironment.ADMIN_PASSWORD)).isTrue();
        String session = web.cookie("JSESSIONID");
        HttpResponse<String> out = web.submit("/logout", "logout", Map.of(), "submit");
        assertThat(out.statusCode()).isEqualTo(302);
        HttpResponse<String> reused = replayWithCookie(session);
        assertThat(reused.statusCode()).as("the old session id no longer opens the account page").isEqualTo(302);
        assertThat(reused.headers().firstValue("Location").orElse("")).contains("/login");
    }

    private static HttpResponse<String> replayWithCookie(String session) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(http.base().resolve("/account"))
                            .header("Cookie", "JSESSIONID=" + session).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String streetCode() {
        return http.get("/api/v1/regions?level=STREET&q=%E9%9D%92%E9%BE%99").json().getJsonArray("items").getJsonObject(0)
                .getString("code");
    }

    private static String communityCode() {
        return http.get("/api/v1/regions?level=COMMUNITY&q=%E4%B8%9C%E6%9E%97").json().getJsonArray("items")
                .getJsonObject(0).getString("code");
    }
}
