package org.partnerhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * The hostile-input suite: reads the running server's OpenAPI document and sends well over a thousand malformed or
 * hostile requests to every operation, as every kind of caller (the public, each staff role, a partner, an auditor, an
 * integrator): broken and deeply nested JSON, wrong types, huge and negative numbers, unknown enum values, control
 * characters, oversized bodies, path traversal in ids and file names, broken multipart, hostile CSV and XLSX files (the
 * one-cell sheet at column ZZZZZZ, a decompression bomb, a zip with "../" entries), malformed If-Match, bad dates and
 * paging. Whatever the request, the answer is never a 5xx, and an error is always {@code application/problem+json}
 * that names no class, no stack frame and no SQL. It prints how many requests of each kind it sent and the statuses.
 *
 * <p>Every request carries its own {@code X-Forwarded-For} address (the server trusts it from loopback), so the
 * sign-in throttle and the anonymous write limits count them apart from the other tests of the run.
 */
class HostileInputIT {

    enum Who { PUBLIC, DISTRICT_ADMIN, STREET_STAFF, COMMUNITY_STAFF, PARTNER, AUDITOR, INTEGRATOR }

    /** At least this many requests per run. */
    static final int MINIMUM = 1_000;

    /** What an error body must never contain: a class or package name, a stack frame, SQL or a driver's words. */
    static final Pattern LEAK = Pattern.compile(
            "org\\.partnerhub|java\\.|jakarta\\.|Exception|\\bat [a-z]+\\.[a-z]|SQL|MariaDB|MySQL|syntax to use"
                    + "|\\bSELECT\\b|\\bINSERT INTO\\b|\\bUPDATE\\b .*\\bSET\\b|\\bFROM `|Payara|Grizzly|Jersey");

    private static final LongAdder CONTAINER_REFUSALS = new LongAdder();
    private static Http http;
    private static final Map<Who, Account> ACCOUNTS = new EnumMap<>(Who.class);
    private static final Map<String, String> IDS = new LinkedHashMap<>();
    private static String community;
    private static String street;

    @BeforeAll
    static void callersAndRecords() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
        Accounts accounts = new Accounts(http);
        Account admin = accounts.admin();
        street = firstCode("/api/v1/regions?level=STREET&q=%E9%9D%92%E9%BE%99");
        community = firstCode("/api/v1/regions?level=COMMUNITY&q=%E4%B8%9C%E6%9E%97");
        ACCOUNTS.put(Who.DISTRICT_ADMIN, admin);
        ACCOUNTS.put(Who.STREET_STAFF, accounts.create(admin, "STREET_STAFF", street, null, null));
        ACCOUNTS.put(Who.COMMUNITY_STAFF, accounts.create(admin, "COMMUNITY_STAFF", community, null, null));
        Applications applications = new Applications(http);
        Applications.Admitted partner = applications.admitted(admin, "恶意输入测试机构", List.of(street), List.of("elderly-meals"));
        ACCOUNTS.put(Who.PARTNER, partner.account());
        ACCOUNTS.put(Who.AUDITOR, accounts.create(admin, "AUDITOR", "510108", null, null));
        ACCOUNTS.put(Who.INTEGRATOR, accounts.create(admin, "INTEGRATOR", "510108", null, null));
        Applications.Submitted application = applications.submit(Applications.body("恶意输入测试申请",
                Applications.creditCode(), List.of("510108"), List.of("elderly-meals")).build());
        // a user whose record the suite may mangle (never the administrator the other tests sign in as)
        Account target = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        IDS.put("partners", String.valueOf(partner.partnerId()));
        IDS.put("users", String.valueOf(target.id()));
        IDS.put("number", application.number());
        IDS.put("token", application.token());
        IDS.put("visits", created(http.send("POST", "/api/v1/visits", "application/json", "{\"communityCode\":\""
                + community + "\",\"visitDate\":\"" + today + "\",\"format\":\"SYMPOSIUM\",\"participantCount\":3,"
                + "\"participants\":\"居民代表\",\"summary\":\"恶意输入测试的座谈\"}", ACCOUNTS.get(Who.PARTNER).bearer()), null));
        IDS.put("needs", created(http.send("POST", "/api/v1/needs", "application/json", "{\"communityCode\":\""
                + community + "\",\"categoryCode\":\"elderly-meals\",\"title\":\"恶意输入测试需求\",\"description\":\"测试\","
                + "\"beneficiaries\":10,\"urgency\":\"LOW\",\"fundingMode\":\"PUBLIC_BENEFIT\",\"budgetFen\":0,"
                + "\"source\":{\"channel\":\"ONLINE\"},\"publish\":true}", ACCOUNTS.get(Who.COMMUNITY_STAFF).bearer()),
                "need"));
        IDS.put("pain-points", created(http.send("POST", "/api/v1/pain-points", "application/json", "{\"streetCode\":\""
                + street + "\",\"categoryCode\":\"volunteering\",\"title\":\"恶意输入测试痛点\",\"description\":\"测试\","
                + "\"publish\":true}", ACCOUNTS.get(Who.STREET_STAFF).bearer()), null));
        IDS.put("supplies", created(http.send("POST", "/api/v1/supplies", "application/json", "{\"title\":\"恶意输入测试供给\","
                + "\"categoryCode\":\"elderly-meals\",\"description\":\"测试\",\"serviceRegionCodes\":[\"" + street
                + "\"],\"capacity\":3,\"fundingMode\":\"PUBLIC_BENEFIT\",\"publish\":true}",
                ACCOUNTS.get(Who.PARTNER).bearer()), null));
    }

    // ------------------------------------------------------------------------------------------------- the run

    @Test
    void overAThousandHostileRequestsGetNo5xxAndNoLeak() throws Exception {
        List<Operation> operations = operations();
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(50);
        List<Attack> attacks = new ArrayList<>();
        for (Operation op : operations) {
            attacks.addAll(pathAttacks(op));
            attacks.addAll(queryAttacks(op));
            attacks.addAll(headerAttacks(op));
            if (op.json()) {
                attacks.addAll(bodyAttacks(op));
                attacks.addAll(fieldAttacks(op));
            }
            if (op.file()) {
                attacks.addAll(fileAttacks(op));
            }
        }
        assertThat(attacks.size()).as("hostile requests generated").isGreaterThanOrEqualTo(MINIMUM);

        Map<String, LongAdder> byKind = new ConcurrentHashMap<>();
        Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        Map<Who, LongAdder> byWho = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sequence = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Attack attack : attacks) {
                done.add(pool.submit(() -> {
                    Http.Answer answer = send(attack, sequence.incrementAndGet());
                    byKind.computeIfAbsent(attack.kind(), k -> new LongAdder()).increment();
                    byStatus.computeIfAbsent(answer == null ? -1 : answer.status(), k -> new LongAdder()).increment();
                    byWho.computeIfAbsent(attack.who(), k -> new LongAdder()).increment();
                    String wrong = judge(attack, answer);
                    if (wrong != null) {
                        failures.add(wrong);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("%nHostileInputIT: %d hostile requests to %d operations in %d s%n", attacks.size(),
                operations.size(), seconds);
        System.out.println("  by kind:   " + counts(byKind));
        System.out.println("  by caller: " + counts(byWho));
        System.out.println("  statuses:  " + counts(byStatus));
        long fiveHundreds = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500 || e.getKey() < 0)
                .mapToLong(e -> e.getValue().sum()).sum();
        System.out.println("  refused by the container with an empty 400: " + CONTAINER_REFUSALS.sum());
        System.out.println("  5xx or no answer: " + fiveHundreds + ", other failures: " + (failures.size() - fiveHundreds));
        assertThat(failures).as("requests answered with a 5xx, or an error that is not a clean problem").isEmpty();
    }

    /** Null if the answer is acceptable, else what is wrong with it. */
    private static String judge(Attack attack, Http.Answer answer) {
        if (answer == null) {
            return attack + ": no answer (connection reset or timed out)";
        }
        int status = answer.status();
        // the pages' own resource and form names are no leak
        String body = answer.body() == null ? "" : answer.body().replace("jakarta.faces.", "");
        String type = answer.header("Content-Type");
        if (status >= 500) {
            return attack + ": " + status + " " + abbreviate(body);
        }
        // the server decodes %2F and the like before it normalises: "/api/v1/x/..%2F..%2F..%2Fetc" is "/etc"
        String decoded = java.net.URLDecoder.decode(URI.create(attack.path()).getRawPath().replace("+", "%2B"),
                StandardCharsets.UTF_8);
        boolean api = normalised(decoded).startsWith("/api/");
        if (status == 400 && body.isEmpty() && type == null) {
            // refused by the HTTP container before any application code runs ("Invalid URI": %00, %5C, an encoded
            // dot segment): an empty 400, see docs/SECURITY.md, finding 4
            CONTAINER_REFUSALS.increment();
            return null;
        }
        if (status >= 400 && !api) {
            // a path that left /api/ ("/api/v1/needs/../../../etc/passwd"): a page's 404, which must not leak either
            return LEAK.matcher(body).find() ? attack + ": " + status + " leaks internals: " + abbreviate(body) : null;
        }
        if (status >= 400) {
            if (type == null || !type.startsWith("application/problem+json")) {
                return attack + ": " + status + " is " + type + ", not problem+json: " + abbreviate(body);
            }
            if (LEAK.matcher(body).find()) {
                return attack + ": " + status + " leaks internals: " + abbreviate(body);
            }
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonObject problem = reader.readObject();
                if (problem.getInt("status", -1) != status || !problem.containsKey("title")) {
                    return attack + ": the problem does not carry its status and title: " + abbreviate(body);
                }
            } catch (RuntimeException e) {
                return attack + ": the problem is not JSON: " + abbreviate(body);
            }
        }
        return null;
    }

    /** The path with its dot segments resolved, as the server resolves them. */
    static String normalised(String path) {
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return "/" + String.join("/", segments) + (path.endsWith("/") ? "/" : "");
    }

    private static Http.Answer send(Attack attack, int n) {
        List<String> headers = new ArrayList<>(attack.headers());
        Account account = ACCOUNTS.get(attack.who());
        if (account != null && headers.stream().noneMatch(h -> h.equalsIgnoreCase("Authorization"))) {
            headers.add("Authorization");
            headers.add("Bearer " + account.token());
        }
        headers.add("X-Forwarded-For");
        headers.add("198.18." + ((n >> 8) & 0xff) + "." + (n & 0xff));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base().toString().replaceAll("/$", "")
                        + attack.path()))
                .timeout(Duration.ofSeconds(60))
                .method(attack.method(), HttpRequest.BodyPublishers.ofByteArray(
                        attack.body() == null ? new byte[0] : attack.body()));
        if (attack.contentType() != null) {
            request.header("Content-Type", attack.contentType());
        }
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        try {
            return new Http.Answer(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    // ------------------------------------------------------------------------------------------- the document

    /** One operation of the OpenAPI document. */
    record Operation(String method, String path, List<String> query, boolean json, boolean file, JsonObject schema) {}

    /** One hostile request. */
    record Attack(String kind, Who who, String method, String path, String contentType, byte[] body,
            List<String> headers) {

        @Override
        public String toString() {
            return kind + " " + method + " " + (path.length() > 160 ? path.substring(0, 160) + "…" : path) + " as " + who;
        }
    }

    private static List<Operation> operations() {
        JsonObject document;
        Http.Answer answer = http.get("/openapi", "Accept", "application/json");
        assertThat(answer.status()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            document = reader.readObject();
        }
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<Operation> operations = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, raw) -> {
            if (!List.of("get", "put", "post", "delete", "patch").contains(method)) {
                return;
            }
            JsonObject op = raw.asJsonObject();
            List<String> query = new ArrayList<>();
            for (JsonValue p : op.getJsonArray("parameters") == null ? JsonValue.EMPTY_JSON_ARRAY
                    : op.getJsonArray("parameters")) {
                if (p.asJsonObject().getString("in").equals("query")) {
                    query.add(p.asJsonObject().getString("name"));
                }
            }
            boolean json = false;
            boolean file = false;
            JsonObject schema = JsonValue.EMPTY_JSON_OBJECT;
            JsonObject body = op.getJsonObject("requestBody");
            if (body != null) {
                JsonObject content = body.getJsonObject("content");
                if (content.containsKey("application/json")) {
                    json = true;
                    schema = resolve(content.getJsonObject("application/json").getJsonObject("schema"), schemas, 0);
                } else {
                    file = true;
                }
            }
            operations.add(new Operation(method.toUpperCase(), path, query, json, file, schema));
        }));
        return operations;
    }

    /** The schema with its references replaced, a few levels deep. */
    private static JsonObject resolve(JsonObject schema, JsonObject schemas, int depth) {
        if (schema == null || depth > 4) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return resolve(schemas.getJsonObject(name), schemas, depth + 1);
        }
        if (!schema.containsKey("properties") && !schema.containsKey("items")) {
            return schema;
        }
        var builder = Json.createObjectBuilder(schema);
        if (schema.containsKey("properties")) {
            var properties = Json.createObjectBuilder();
            schema.getJsonObject("properties").forEach((k, v) -> properties.add(k, resolve(v.asJsonObject(), schemas,
                    depth + 1)));
            builder.add("properties", properties);
        }
        if (schema.containsKey("items")) {
            builder.add("items", resolve(schema.getJsonObject("items"), schemas, depth + 1));
        }
        return builder.build();
    }

    // ------------------------------------------------------------------------------------------- the attacks

    private static final String[] HOSTILE_IDS = {
        "../../../../etc/passwd", "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fWEB-INF%2fweb.xml", "-1", "0",
        "99999999999999999999999", "1e309", "abc", "%00", "1%00.json", "%0d%0aSet-Cookie:%20x=1",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%20'1'='1", "%E4%B8%AD%E6%96%87", "1;1", "C:%5Cwindows%5Cwin.ini",
        "%25%32%65%25%32%65%25%32%66", "9223372036854775808"
    };

    private static final String[] HOSTILE_QUERY = {
        "-1", "99999999999999999999", "abc", "2025-13-45", "1e309", "%00", "x".repeat(3000), "'%20OR%201=1%20--",
        "..%2F..%2Fetc%2Fpasswd", "NOT_AN_ENUM", "", "2025-02-30T25:61:00%2B99:00", "%E2%80%AE%0A%0D%07",
        "%3Cimg%20src=x%20onerror=alert(1)%3E", "%23%7B7*7%7D", "-9223372036854775809", "true%00", "2147483648"
    };

    private static final String[] HOSTILE_IF_MATCH = {
        "", "*", "W/\"0\"", "\"abc", "\"-1\"", "\"99999999999999999999999\"", "0", "\"0\", \"1\"", "\"" + "9".repeat(4000)
                + "\"", "\"\u00e4\"", "\"1e3\""
    };

    private static final String[] HOSTILE_STRINGS = {
        "a\u0000b", "\u0007\u001b[31m\u0008", "x".repeat(100_000), "<script>window.__xss=1</script>", "#{7*7}",
        "${7*7}", "../../../etc/passwd", "\uD83D\uDE00\u202E\uFEFF", "' OR '1'='1", "\uD800", "",
        "   ", "null"
    };

    private static List<Attack> pathAttacks(Operation op) {
        List<Attack> attacks = new ArrayList<>();
        if (!op.path().contains("{")) {
            return attacks;
        }
        int offset = op.path().length() + op.method().length();
        for (int i = offset; i < offset + 5; i++) {
            String path = op.path().replaceAll("\\{[^}]+}", HOSTILE_IDS[i % HOSTILE_IDS.length]);
            attacks.add(new Attack("path", rotate(i), op.method(), path,
                    op.json() ? "application/json" : null, op.json() ? "{}".getBytes() : null, ifMatch(op)));
        }
        return attacks;
    }

    private static List<Attack> queryAttacks(Operation op) {
        List<Attack> attacks = new ArrayList<>();
        int i = op.path().hashCode() & 0xff;
        for (String name : op.query()) {
            for (int k = 0; k < 2; k++, i++) {
                String value = HOSTILE_QUERY[i % HOSTILE_QUERY.length];
                attacks.add(new Attack("query", owner(op, i), op.method(), real(op.path()) + "?" + name + "=" + value,
                        op.json() ? "application/json" : null, op.json() ? "{}".getBytes() : null, ifMatch(op)));
            }
        }
        if (op.query().contains("page") || op.query().contains("size")) {
            for (String paging : List.of("page=-1", "size=0", "size=100000", "page=2147483648&size=200", "page=1e3",
                    "size=-5&page=abc")) {
                attacks.add(new Attack("paging", owner(op, i++), op.method(), real(op.path()) + "?" + paging, null, null,
                        List.of()));
            }
        }
        return attacks;
    }

    private static List<Attack> headerAttacks(Operation op) {
        List<Attack> attacks = new ArrayList<>();
        int i = op.path().length();
        boolean writes = !op.method().equals("GET") && !op.method().equals("DELETE");
        if (writes) {
            for (String value : pick(HOSTILE_IF_MATCH, 4, i)) {
                attacks.add(new Attack("if-match", owner(op, i++), op.method(), real(op.path()),
                        op.json() ? "application/json" : "text/csv", skeleton(op).getBytes(StandardCharsets.UTF_8),
                        List.of("If-Match", value)));
            }
            for (String type : pick(new String[] {"text/plain", "application/xml", "multipart/form-data",
                    "multipart/form-data; boundary=x", "application/json; charset=ebcdic", "application/x-www-form-urlencoded",
                    "*/*", "application/json;;;"}, 3, i)) {
                attacks.add(new Attack("content-type", owner(op, i++), op.method(), real(op.path()),
                        type, "{\"a\":1}".getBytes(StandardCharsets.UTF_8), ifMatch(op)));
            }
            attacks.add(new Attack("idempotency-key", owner(op, i++), op.method(), real(op.path()),
                    op.json() ? "application/json" : "text/csv", skeleton(op).getBytes(StandardCharsets.UTF_8),
                    List.of("Idempotency-Key", "k".repeat(2000))));
        }
        attacks.add(new Attack("accept", owner(op, i++), op.method(), real(op.path()), null, null,
                List.of("Accept", "application/xml", "Accept-Language", "zz-ZZ;q=abc, *;q=-1")));
        attacks.add(new Attack("authorization", Who.PUBLIC, op.method(), real(op.path()), null, null,
                List.of("Authorization", "Bearer ' OR 1=1 --")));
        attacks.add(new Attack("authorization", Who.PUBLIC, op.method(), real(op.path()), null, null,
                List.of("Authorization", "Basic !!!not-base64!!!")));
        return attacks;
    }

    private static List<Attack> bodyAttacks(Operation op) {
        List<Attack> attacks = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (String s : List.of("", "{", "[1,2", "null", "\"text\"", "[]", "123", "{\"a\":}", "{'single':'quotes'}",
                "{\"a\":1,\"a\":2}", "\uFEFF{}", "{\"x\":1e99999}", "{} trailing")) {
            bodies.add(s.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add("[".repeat(1001).concat("]".repeat(1001)).getBytes(StandardCharsets.UTF_8));
        bodies.add("{\"a\":".repeat(1001).concat("1").concat("}".repeat(1001)).getBytes(StandardCharsets.UTF_8));
        bodies.add("[".repeat(50_000).getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
        bodies.add(PADDED);
        int i = op.path().length();
        // every operation gets the deeply nested bodies; the others in turn, ten per operation
        List<byte[]> chosen = new ArrayList<>(bodies.subList(13, 16));
        for (int k = 0; k < 7; k++) {
            int pick = Math.floorMod(i + k * 3, bodies.size());
            if (pick < 13 || pick >= 16) {
                chosen.add(bodies.get(pick));
            }
        }
        for (byte[] body : chosen) {
            attacks.add(new Attack("json-body", owner(op, i++), op.method(), real(op.path()), "application/json", body,
                    ifMatch(op)));
        }
        return attacks;
    }

    /** One field at a time set to a wrong type, an extreme number, an unknown enum value, a hostile text. */
    private static List<Attack> fieldAttacks(Operation op) {
        List<Attack> attacks = new ArrayList<>();
        JsonObject properties = op.schema().getJsonObject("properties");
        if (properties == null) {
            return attacks;
        }
        int i = op.path().length();
        for (String field : properties.keySet()) {
            String type = properties.getJsonObject(field).getString("type", "object");
            List<String> values = new ArrayList<>(List.of("{\"x\":1}", "[1,2]", "\"NOT_A_VALUE\""));
            switch (type) {
                case "integer", "number" -> values.addAll(List.of("-1", "99999999999999999999999", "1e400", "1.5",
                        "-2147483649", "\"12\""));
                case "boolean" -> values.addAll(List.of("\"yes\"", "1"));
                case "array" -> values.addAll(List.of("\"a\"", "[" + "\"x\",".repeat(5000) + "\"x\"]", "[null]",
                        "[[[[[1]]]]]"));
                default -> {
                    for (int k = 0; k < 5; k++) {
                        values.add(Json.createValue(HOSTILE_STRINGS[(i + k) % HOSTILE_STRINGS.length]).toString());
                    }
                    values.add("12345");
                }
            }
            values.add("null");
            for (String value : pick(values.toArray(String[]::new), 4, i)) {
                attacks.add(new Attack("field:" + type, owner(op, i++), op.method(), real(op.path()), "application/json",
                        skeleton(op, field, value).getBytes(StandardCharsets.UTF_8), ifMatch(op)));
            }
        }
        return attacks;
    }

    private static List<Attack> fileAttacks(Operation op) {
        List<Attack> attacks = new ArrayList<>();
        String csvType = "text/csv";
        String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Map<String, String[]> files = new LinkedHashMap<>();
        files.put("empty", new String[] {csvType, ""});
        files.put("unclosed-quote", new String[] {csvType, "a,b\n\"never closed,1\n"});
        files.put("formula", new String[] {csvType, "title,description\n=cmd|' /C calc'!A0,@SUM(1+1)\n+1,-1\n"});
        files.put("wide", new String[] {csvType, "c,".repeat(20_000) + "c\n1\n"});
        files.put("nul", new String[] {csvType, "a\u0000b,c\n\u0000,\u0007\n"});
        files.put("bom-only", new String[] {csvType, "\uFEFF"});
        files.put("long-cell", new String[] {csvType, "title\n" + "长".repeat(1_000_000) + "\n"});
        files.put("many-newlines", new String[] {csvType, "\r\n".repeat(100_000)});
        files.put("not-xlsx", new String[] {xlsxType, "PK\u0003\u0004 this is not a zip"});
        files.put("pdf-header", new String[] {"application/pdf", "%PDF-1.4\n%%EOF"});
        int i = op.path().length();
        String[] names = {"../../../../etc/passwd", "..\\..\\win.ini", "a\u0000.csv", "<script>.csv", "x".repeat(600)};
        for (Map.Entry<String, String[]> file : files.entrySet()) {
            attacks.add(upload(op, "file:" + file.getKey(), owner(op, i), file.getValue()[0],
                    file.getValue()[1].getBytes(StandardCharsets.UTF_8), names[i % names.length]));
            i++;
        }
        attacks.add(upload(op, "file:invalid-utf8", owner(op, i++), csvType,
                new byte[] {'a', ',', (byte) 0xC3, (byte) 0x28, '\n', (byte) 0xFF, (byte) 0xFE}, "bad.csv"));
        attacks.add(upload(op, "file:xlsx-column-ZZZZZZ", owner(op, i++), xlsxType, Xlsx.FAR_COLUMN, "far.xlsx"));
        attacks.add(upload(op, "file:xlsx-bomb", owner(op, i++), xlsxType, Xlsx.BOMB, "bomb.xlsx"));
        attacks.add(upload(op, "file:xlsx-traversal", owner(op, i++), xlsxType, Xlsx.TRAVERSAL, "slip.xlsx"));
        attacks.add(upload(op, "file:xlsx-deep-xml", owner(op, i++), xlsxType, Xlsx.DEEP_XML, "deep.xlsx"));
        attacks.add(upload(op, "file:xlsx-xxe", owner(op, i++), xlsxType, Xlsx.XXE, "xxe.xlsx"));
        attacks.add(upload(op, "file:oversized", owner(op, i++), csvType, OVERSIZED, "big.csv"));
        attacks.add(new Attack("multipart", owner(op, i++), op.method(), real(op.path()),
                "multipart/form-data; boundary=--b", "----b\r\nContent-Disposition: form-data; name=\"file\"; "
                        .concat("filename=\"../../x.csv\"\r\n\r\na,b\r\n----b--").getBytes(StandardCharsets.UTF_8), List.of()));
        attacks.add(new Attack("multipart", owner(op, i++), op.method(), real(op.path()),
                "multipart/form-data; boundary=never", "garbage without any boundary".getBytes(StandardCharsets.UTF_8),
                List.of()));
        attacks.add(new Attack("multipart", owner(op, i++), op.method(), real(op.path()), "multipart/form-data",
                "--\r\n\r\n--".getBytes(StandardCharsets.UTF_8), List.of()));
        return attacks;
    }

    private static Attack upload(Operation op, String kind, Who who, String type, byte[] body, String name) {
        String path = real(op.path());
        String separator = path.contains("?") ? "&" : "?";
        return new Attack(kind, who, op.method(), path + separator + "filename=" + URLEncoder.encode(name,
                StandardCharsets.UTF_8), type, body, List.of("Content-Disposition",
                "attachment; filename=\"" + name.replace("\u0000", "").replace("\"", "") + "\""));
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static final Who[] ROTATION = Who.values();

    /** {@code count} of {@code values}, starting at {@code offset} and wrapping around. */
    private static List<String> pick(String[] values, int count, int offset) {
        List<String> picked = new ArrayList<>();
        for (int k = 0; k < Math.min(count, values.length); k++) {
            picked.add(values[Math.floorMod(offset + k, values.length)]);
        }
        return picked;
    }

    private static Who rotate(int i) {
        return ROTATION[Math.floorMod(i, ROTATION.length)];
    }

    /** Mostly a caller who may use the operation (so the input reaches the rules), sometimes anyone. */
    private static Who owner(Operation op, int i) {
        if (i % 3 == 0) {
            return rotate(i / 3);
        }
        String p = op.path();
        if (p.startsWith("/api/v1/partner-applications")) {
            return p.contains("decisions") || op.method().equals("GET") ? Who.DISTRICT_ADMIN : Who.PUBLIC;
        }
        if (p.startsWith("/api/v1/supplies") || p.startsWith("/api/v1/partners") || p.startsWith("/api/v1/projects")
                || p.startsWith("/api/v1/visits")) {
            return Who.PARTNER;
        }
        if (p.startsWith("/api/v1/pain-points")) {
            return Who.STREET_STAFF;
        }
        if (p.startsWith("/api/v1/needs") || p.startsWith("/api/v1/intents")) {
            return i % 2 == 0 ? Who.COMMUNITY_STAFF : Who.INTEGRATOR;
        }
        if (p.startsWith("/api/v1/audit")) {
            return Who.AUDITOR;
        }
        return Who.DISTRICT_ADMIN;
    }

    /** The path with real values for its parameters (the suite's own records), so the body is what gets judged. */
    private static String real(String path) {
        String year = String.valueOf(java.time.Year.now(ZoneId.of("Asia/Shanghai")).getValue());
        String id = "999999999";
        for (Map.Entry<String, String> e : IDS.entrySet()) {
            if (path.startsWith("/api/v1/" + e.getKey() + "/{id}")) {
                id = e.getValue();
            }
        }
        String result = path.replace("{id}", id)
                .replace("{number}", IDS.get("number"))
                .replace("{code}", "510108")
                .replace("{communityCode}", community)
                // a long-past year: the suite's fund edits must not touch the funds other tests work with
                .replace("{year}", path.contains("community-funds") ? "1999" : year)
                .replace("{key}", "no-such-photo")
                // any other id of a sub-resource (a webhook's delivery, …): one that does not exist
                .replaceAll("\\{[A-Za-z]+\\}", "999999999");
        if (path.startsWith("/api/v1/partner-applications/{number}") && !path.endsWith("decisions")) {
            result += "?token=" + URLEncoder.encode(IDS.get("token"), StandardCharsets.UTF_8);
        }
        return result;
    }

    private static List<String> ifMatch(Operation op) {
        return op.method().equals("PUT") ? List.of("If-Match", "\"0\"") : List.of();
    }

    private static String skeleton(Operation op) {
        return skeleton(op, null, null);
    }

    /** A plausible body for the operation, with {@code field} set to the raw JSON {@code value}. */
    private static String skeleton(Operation op, String field, String value) {
        JsonObject properties = op.schema().getJsonObject("properties");
        StringBuilder body = new StringBuilder("{");
        if (properties != null) {
            for (String name : properties.keySet()) {
                String json = name.equals(field) ? value : plausible(name, properties.getJsonObject(name));
                if (json == null) {
                    continue;
                }
                if (body.length() > 1) {
                    body.append(',');
                }
                body.append(Json.createValue(name)).append(':').append(json);
            }
        }
        return body.append('}').toString();
    }

    private static String plausible(String name, JsonObject schema) {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        return switch (name) {
            case "communityCode" -> quote(community);
            case "streetCode" -> quote(street);
            case "regionCode", "homeRegionCode" -> quote("510108");
            case "categoryCode" -> quote("elderly-meals");
            case "serviceRegionCodes" -> "[" + quote(street) + "]";
            case "categoryCodes" -> "[\"elderly-meals\"]";
            case "urgency" -> quote("LOW");
            case "fundingMode" -> quote("PUBLIC_BENEFIT");
            case "type" -> quote("SOCIAL_ORGANIZATION");
            case "format" -> quote("SYMPOSIUM");
            case "needId" -> IDS.get("needs");
            case "supplyId" -> IDS.get("supplies");
            case "visitDate", "date" -> quote(today);
            case "consent" -> "true";
            case "publish" -> "false";
            default -> switch (schema.getString("type", "object")) {
                case "integer", "number" -> "1";
                case "boolean" -> "false";
                case "array" -> "[]";
                case "string" -> quote("恶意输入测试");
                default -> schema.containsKey("properties") ? "{}" : quote("UNKNOWN");
            };
        };
    }

    private static String quote(String s) {
        return Json.createValue(s).toString();
    }

    private static String created(Http.Answer answer, String wrapper) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return String.valueOf((wrapper == null ? answer.json() : answer.json().getJsonObject(wrapper))
                .getJsonNumber("id").longValue());
    }

    private static String firstCode(String query) {
        JsonArray items = http.get(query).json().getJsonArray("items");
        return items.getJsonObject(0).getString("code");
    }

    private static String counts(Map<?, LongAdder> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((k, v) -> sorted.put(String.valueOf(k), v.sum()));
        return sorted.toString();
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static final byte[] OVERSIZED = new byte[21 * 1024 * 1024];
    private static final byte[] PADDED = ("{\"padding\":\"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);

    /** XLSX files made here, byte by byte: nothing hostile is kept in the repository. */
    static final class Xlsx {

        private Xlsx() {}

        private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/></Types>";
        private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
        private static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
        private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
        private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        private static final String SHEET_END = "</sheetData></worksheet>";

        private static String cell(String ref, String text) {
            return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
        }

        /** The probe's file: the template's header, and one row whose only cell is at column ZZZZZZ. */
        static byte[] farColumn() {
            String header = "<row r=\"1\">" + cell("A1", "communityCode") + cell("B1", "categoryCode") + cell("C1", "title")
                    + cell("D1", "description") + cell("E1", "beneficiaries") + cell("F1", "urgency")
                    + cell("G1", "fundingMode") + "</row>";
            String row = "<row r=\"2\">" + cell("ZZZZZZ2", "far away") + "</row>";
            return zip(Map.of("xl/worksheets/sheet1.xml", (SHEET_START + header + row + SHEET_END)
                    .getBytes(StandardCharsets.UTF_8)));
        }

        /** A sheet that inflates to about 200 MB of one repeated row from well under a megabyte. */
        static byte[] bomb() {
            String row = "<row>" + cell("A1", "x") + "</row>";
            byte[] one = row.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                common(zip);
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                zip.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
                long written = 0;
                while (written < 200L * 1024 * 1024) {
                    zip.write(one);
                    written += one.length;
                }
                zip.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toByteArray();
        }

        /** Entries named to escape any directory they might be unpacked into. */
        static byte[] traversal() {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put("xl/worksheets/sheet1.xml", (SHEET_START + SHEET_END).getBytes(StandardCharsets.UTF_8));
            entries.put("../../../../tmp/partnerhub-slip.txt", "slipped".getBytes(StandardCharsets.UTF_8));
            entries.put("/etc/partnerhub-slip.txt", "slipped".getBytes(StandardCharsets.UTF_8));
            return zip(entries);
        }

        /** A sheet whose XML nests 100,000 elements deep. */
        static byte[] deepXml() {
            String deep = "<x>".repeat(100_000) + "</x>".repeat(100_000);
            return zip(Map.of("xl/worksheets/sheet1.xml", (SHEET_START + "<row r=\"1\">" + deep + "</row>" + SHEET_END)
                    .getBytes(StandardCharsets.UTF_8)));
        }

        /** An external entity that would read a local file, and an entity expansion ("billion laughs"). */
        static byte[] xxe() {
            String doctype = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY f SYSTEM \"file:///etc/passwd\">"
                    + "<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                    + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
            String sheet = doctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\">" + cell("A1", "&f;") + cell("B1", "&d;") + "</row></sheetData></worksheet>";
            return zip(Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)));
        }

        private static byte[] zip(Map<String, byte[]> entries) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                common(zip);
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toByteArray();
        }

        static final byte[] FAR_COLUMN = farColumn();
        static final byte[] BOMB = bomb();
        static final byte[] TRAVERSAL = traversal();
        static final byte[] DEEP_XML = deepXml();
        static final byte[] XXE = xxe();

        private static void common(ZipOutputStream zip) throws IOException {
            for (String[] part : new String[][] {{"[Content_Types].xml", CONTENT_TYPES}, {"_rels/.rels", RELS},
                    {"xl/workbook.xml", WORKBOOK}, {"xl/_rels/workbook.xml.rels", WORKBOOK_RELS}}) {
                zip.putNextEntry(new ZipEntry(part[0]));
                zip.write(part[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
