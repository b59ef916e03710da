package org.partnerhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.AppServer;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * The findings 4, 5 and 6 of the security probe (issue 18), each checked against the packaged server: errors the server
 * made instead of the application, what it disclosed, and links built from the request's {@code Host} header.
 */
class ProbeFindingsIT {

    private static AppServer app;
    private static Http http;
    private static Account admin;
    private static Account staff;

    @BeforeAll
    static void server() throws Exception {
        app = TestEnvironment.get().app();
        http = new Http(app.base());
        Accounts accounts = new Accounts(http);
        admin = accounts.admin();
        String street = http.get("/api/v1/regions?level=STREET&q=%E9%9D%92%E9%BE%99").json().getJsonArray("items")
                .getJsonObject(0).getString("code");
        staff = accounts.create(admin, "STREET_STAFF", street, null, null);
    }

    // ---------------------------------------------------------------------------- finding 4: the server's errors

    @Test
    void aThousandAndOneNestedArraysAreA400NamingTheBodyOnEveryJsonEndpoint() {
        String deep = "[".repeat(1001) + "]".repeat(1001);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String[] op : jsonOperations()) {
            String path = op[1].replaceAll("\\{[^}]+}", "999999999");
            Http.Answer answer = http.send(op[0], path, "application/json", deep, admin.bearer("If-Match", "\"0\""));
            checked++;
            String field = answer.status() == 400 ? answer.json().getJsonArray("errors").getJsonObject(0).getString("field")
                    : null;
            if (answer.status() != 400 || !"body".equals(field)
                    || !answer.header("Content-Type").startsWith("application/problem+json")) {
                wrong.add(op[0] + " " + op[1] + ": " + answer.status() + " " + answer.body());
            }
        }
        assertThat(checked).as("JSON operations").isGreaterThan(25);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFormPostedWithAForeignOrMissingViewStateGoesBackToThePageWithAMessage() throws Exception {
        Browserless page = new Browserless(app.base());
        page.get("/login");
        HttpResponse<String> foreign = page.post("/login", "login=login&login%3Ausername=x&login%3Apassword=y"
                + "&login%3Asubmit=x&jakarta.faces.ViewState=-4242%3A4242");
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(302);
        assertThat(foreign.headers().firstValue("Location").orElseThrow()).isEqualTo("/login");
        assertThat(page.get("/login").body()).contains("页面已过期");

        HttpResponse<String> missing = page.post("/apply", "apply=apply&apply%3Aname=x");
        assertThat(missing.statusCode()).as("no view state at all").isIn(200, 302);
        assertNoViewErrorInTheLog();
    }

    @Test
    void aFormPostedAfterTheSessionEndedSendsTheUserToSignInAndBack() throws Exception {
        Browserless page = new Browserless(app.base());
        page.get("/apply");
        String state = page.viewState();
        page.forgetSession("0123456789ABCDEF0123456789ABCDEF");
        HttpResponse<String> posted = page.post("/apply", "apply=apply&apply%3Aname=x&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).isEqualTo("/login?next=%2Fapply");
        assertThat(page.get("/login?next=%2Fapply").body()).contains("登录已超时");
        assertNoViewErrorInTheLog();
    }

    private static void assertNoViewErrorInTheLog() throws IOException {
        Path log = app.log();
        if (log != null) {
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("ViewExpiredException").doesNotContain("ProtectedViewException");
        }
    }

    @Test
    void unknownMethodsOnHealthAndMetricsAreProblemsThatNameNoServer() {
        for (String[] call : new String[][] {{"FOO", "/health"}, {"DELETE", "/metrics"}, {"POST", "/health/ready"},
                {"PUT", "/metrics"}}) {
            Http.Answer answer = http.send(call[0], call[1], null, null);
            assertThat(answer.status()).as(call[0] + " " + call[1]).isEqualTo(405);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.header("Allow")).isEqualTo("GET, HEAD");
            assertThat(answer.body()).doesNotContain("Payara").doesNotContain("<html");
        }
    }

    @Test
    void whatTheContainerRefusesIsNeverA5xxNorTheServersPage() throws IOException {
        List<String> answers = new ArrayList<>();
        answers.add(raw("GET /api/v1/regions?q=" + "a".repeat(10_240) + " HTTP/1.1\r\nHost: localhost\r\n"));
        answers.add(raw("GET /api/v1/regions/51%00 HTTP/1.1\r\nHost: localhost\r\n"));
        answers.add(raw("PUT /api/v1/needs/1 HTTP/1.1\r\nHost: localhost\r\nIf-Match: \"" + "9".repeat(5_120)
                + "\"\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n{}"));
        String trace = raw("TRACE / HTTP/1.1\r\nHost: localhost\r\nCookie: JSESSIONID=secret-cookie-value\r\n");
        answers.add(trace);
        for (String answer : answers) {
            int status = Integer.parseInt(answer.substring(9, 12));
            assertThat(status).as(head(answer)).isBetween(400, 499);
            assertThat(answer).doesNotContain("Payara").doesNotContain("Exception");
        }
        assertThat(trace).as("TRACE echoes nothing back").doesNotContain("secret-cookie-value");
    }

    // ---------------------------------------------------------------------------- finding 5: disclosure

    @Test
    void noAnswerNamesTheServerOrItsVersion() {
        for (String path : List.of("/", "/api/v1/regions", "/health/ready", "/no-such-page", "/api/v1/no-such")) {
            Http.Answer answer = http.get(path);
            assertThat(answer.header("Server")).as(path).satisfiesAnyOf(
                    s -> assertThat(s).isNull(), s -> assertThat(s).doesNotContainIgnoringCase("payara"));
            assertThat(answer.header("X-Powered-By")).as(path).isNull();
            assertThat(answer.body()).as(path).doesNotContain("Payara");
        }
    }

    @Test
    void optionsDescribesNoResourceInWadl() {
        Http.Answer answer = http.send("OPTIONS", "/api/v1/regions", null, null);
        assertThat(answer.status()).isLessThan(500);
        assertThat(String.valueOf(answer.header("Content-Type"))).doesNotContain("wadl");
        assertThat(answer.body()).doesNotContain("wadl").doesNotContain("<application");
        assertThat(http.get("/api/application.wadl").status()).isEqualTo(404);
    }

    @Test
    void metricsAreForOperatorsOnly() {
        Http.Answer anonymous = http.get("/metrics");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous.body()).doesNotContain("# TYPE");
        assertThat(http.get("/metrics", staff.bearer()).status()).as("street staff").isEqualTo(401);
        assertThat(http.get("/metrics", "Authorization", "Bearer wrong-" + TestEnvironment.METRICS_TOKEN).status())
                .isEqualTo(401);
        Http.Answer district = http.get("/metrics", admin.bearer());
        assertThat(district.status()).as("a district administrator's token").isEqualTo(200);
        assertThat(district.body()).contains("# TYPE");
        if (app.log() != null) {
            // a server this run started has the run's metrics token
            Http.Answer scraper = http.get("/metrics", "Authorization", "Bearer " + TestEnvironment.METRICS_TOKEN);
            assertThat(scraper.status()).as("the metrics token").isEqualTo(200);
        }
        assertThat(http.get("/health/ready").status()).as("health stays open").isEqualTo(200);
    }

    // ---------------------------------------------------------------------------- finding 6: the Host header

    @Test
    void aForeignHostHeaderNeverBecomesALink() throws IOException {
        JsonObject body = Applications.body("主机头测试机构", Applications.creditCode(), List.of("510108"),
                List.of("elderly-meals")).build();
        byte[] json = body.toString().getBytes(StandardCharsets.UTF_8);
        String[] proof = Applications.proof(http);
        String submitted = raw("POST /api/v1/partner-applications HTTP/1.1\r\nHost: evil.example\r\n" + proof[0] + ": "
                + proof[1] + "\r\nX-Forwarded-For: 198.51.100.66\r\nContent-Type: application/json\r\nContent-Length: "
                + json.length
                + "\r\n\r\n" + new String(json, StandardCharsets.UTF_8));
        assertThat(submitted).startsWith("HTTP/1.1 201");
        assertThat(header(submitted, "Location")).startsWith("/api/v1/partner-applications/");
        String statusUrl;
        try (JsonReader reader = Json.createReader(new StringReader(submitted.substring(submitted.indexOf("\r\n\r\n") + 4)))) {
            statusUrl = reader.readObject().getString("statusUrl");
        }
        assertThat(statusUrl).startsWith("/application?number=").doesNotContain("evil");

        String redirect = raw("GET /account HTTP/1.1\r\nHost: evil.example\r\n");
        assertThat(header(redirect, "Location")).isEqualTo("/login?next=%2Faccount");
        String extension = raw("GET /regions.xhtml HTTP/1.1\r\nHost: evil.example\r\n");
        assertThat(extension).startsWith("HTTP/1.1 301");
        assertThat(header(extension, "Location")).isEqualTo("/regions");

        String need = "{\"communityCode\":\"x\"}";
        String created = raw("POST /api/v1/needs/imports HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer "
                + admin.token() + "\r\nContent-Type: text/csv\r\nContent-Length: " + need.length() + "\r\n\r\n" + need);
        assertThat(created).doesNotContain("evil.example");
    }

    // ---------------------------------------------------------------------------- helpers

    /** POST/PUT operations with a JSON body, from the OpenAPI document: {method, path}. */
    private static List<String[]> jsonOperations() {
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(http.get("/openapi", "Accept", "application/json")
                .body()))) {
            document = reader.readObject();
        }
        List<String[]> ops = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, op) -> {
            JsonValue body = op.asJsonObject().get("requestBody");
            if (body != null && body.asJsonObject().getJsonObject("content").containsKey("application/json")) {
                ops.add(new String[] {method.toUpperCase(Locale.ROOT), path});
            }
        }));
        return ops;
    }

    /** One request written byte by byte (a Host header, a path or a method no HTTP library would send). */
    private static String raw(String request) throws IOException {
        String withClose = request.contains("\r\n\r\n") ? request.replaceFirst("\r\n", "\r\nConnection: close\r\n")
                : request + "Connection: close\r\n\r\n";
        try (Socket socket = new Socket(app.base().getHost(), app.base().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(withClose.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String header(String answer, String name) {
        Matcher m = Pattern.compile("(?im)^" + name + ": *([^\r\n]*)").matcher(answer);
        return m.find() ? m.group(1) : null;
    }

    private static String head(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }

    /** A cookie-keeping client for form posts made by hand. */
    private static final class Browserless {

        private static final Pattern VIEW_STATE =
                Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
        private final URI base;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient client;
        private String lastBody = "";

        Browserless(URI base) {
            this.base = base;
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            lastBody = answer.body();
            return answer;
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String viewState() {
            Matcher m = VIEW_STATE.matcher(lastBody);
            assertThat(m.find()).as("a view state on the page").isTrue();
            return m.group(1).replace("&#58;", ":");
        }

        /** As if the server had dropped the session: the browser still sends its old id. */
        void forgetSession(String staleId) {
            cookies.getCookieStore().removeAll();
            java.net.HttpCookie cookie = new java.net.HttpCookie("JSESSIONID", staleId);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(base, cookie);
        }
    }
}
