package org.partnerhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;
import org.partnerhub.it.support.WebSession;

/**
 * Who may call which endpoint and open which page, checked cell by cell against the running application: an allowed
 * cell must not answer 401/403, a denied one must (for pages, the public is sent to the login page instead). The
 * matrix must list every endpoint the OpenAPI document describes and every page the WAR contains, so that a new one
 * cannot slip in unchecked.
 */
class AuthorizationMatrixIT {

    enum Who { PUBLIC, DISTRICT_ADMIN, STREET_STAFF, COMMUNITY_STAFF, PARTNER, AUDITOR, INTEGRATOR }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Who.PUBLIC));
    private static final Set<Who> ADMIN = EnumSet.of(Who.DISTRICT_ADMIN);
    private static final Set<Who> AUDIT = EnumSet.of(Who.DISTRICT_ADMIN, Who.AUDITOR);
    private static final Set<Who> NEED_OWNERS = EnumSet.of(Who.STREET_STAFF, Who.COMMUNITY_STAFF, Who.INTEGRATOR);
    private static final Set<Who> NEED_RECORDERS =
            EnumSet.of(Who.STREET_STAFF, Who.COMMUNITY_STAFF, Who.INTEGRATOR, Who.PARTNER);
    /** Those who import needs from spreadsheets and export the lists. */
    private static final Set<Who> NEED_IMPORTERS =
            EnumSet.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF, Who.COMMUNITY_STAFF, Who.INTEGRATOR);
    private static final Set<Who> STREETS = EnumSet.of(Who.STREET_STAFF, Who.INTEGRATOR);
    /** Those who record visits and needs on pages (integrators do it through the API). */
    private static final Set<Who> PAGE_RECORDERS = EnumSet.of(Who.STREET_STAFF, Who.COMMUNITY_STAFF, Who.PARTNER);

    /** REST: "METHOD path" → who is allowed. */
    private static final Map<String, Set<Who>> API = new LinkedHashMap<>();

    static {
        API.put("GET /api/v1/regions", EVERYONE);
        API.put("GET /api/v1/regions/{code}", EVERYONE);
        API.put("GET /api/v1/regions/{code}/children", EVERYONE);
        API.put("POST /api/v1/regions/import", ADMIN);
        API.put("GET /api/v1/categories", EVERYONE);
        API.put("POST /api/v1/tokens", SIGNED_IN);
        API.put("GET /api/v1/tokens", SIGNED_IN);
        API.put("DELETE /api/v1/tokens/{id}", SIGNED_IN);
        API.put("POST /api/v1/users", ADMIN);
        API.put("GET /api/v1/users", ADMIN);
        API.put("GET /api/v1/users/{id}", ADMIN);
        API.put("PUT /api/v1/users/{id}", ADMIN);
        API.put("POST /api/v1/users/me/password", SIGNED_IN);
        API.put("GET /api/v1/audit-events", AUDIT);
        API.put("POST /api/v1/partner-applications", EVERYONE);
        API.put("GET /api/v1/challenges", EVERYONE);
        API.put("GET /api/v1/partner-applications", ADMIN);
        API.put("GET /api/v1/partner-applications/{number}", ADMIN);
        API.put("PUT /api/v1/partner-applications/{number}", EVERYONE);
        API.put("POST /api/v1/partner-applications/{number}/documents", EVERYONE);
        API.put("GET /api/v1/partner-applications/{number}/documents/{id}", ADMIN);
        API.put("POST /api/v1/partner-applications/{number}/decisions", ADMIN);
        API.put("POST /api/v1/partner-applications/{number}/account", EVERYONE);
        API.put("GET /api/v1/partners", EVERYONE);
        API.put("GET /api/v1/partners/{id}", EVERYONE);
        API.put("PUT /api/v1/partners/{id}", EnumSet.of(Who.PARTNER));
        API.put("POST /api/v1/partners/{id}/transitions", EnumSet.of(Who.DISTRICT_ADMIN, Who.PARTNER));
        API.put("POST /api/v1/partners/{id}/identity-change", EnumSet.of(Who.PARTNER));
        API.put("GET /api/v1/partners/{id}/history", EnumSet.of(Who.DISTRICT_ADMIN, Who.PARTNER));
        API.put("GET /api/v1/notifications", SIGNED_IN);
        API.put("POST /api/v1/notifications/read", SIGNED_IN);
        API.put("GET /api/v1/needs", EVERYONE);
        API.put("GET /api/v1/search", EVERYONE);
        API.put("POST /api/v1/needs", NEED_RECORDERS);
        API.put("GET /api/v1/needs/{id}", EVERYONE);
        API.put("PUT /api/v1/needs/{id}", NEED_RECORDERS);
        API.put("GET /api/v1/needs/{id}/history", SIGNED_IN);
        API.put("POST /api/v1/needs/{id}/transitions", NEED_RECORDERS);
        API.put("GET /api/v1/needs/{id}/similar", EVERYONE);
        API.put("POST /api/v1/needs/{id}/merge", NEED_OWNERS);
        API.put("POST /api/v1/needs/imports", NEED_IMPORTERS);
        API.put("GET /api/v1/needs/imports/{id}", SIGNED_IN);
        API.put("GET /api/v1/needs/import-template", EVERYONE);
        API.put("GET /api/v1/needs/export", NEED_IMPORTERS);
        API.put("GET /api/v1/visits", SIGNED_IN);
        API.put("POST /api/v1/visits", NEED_RECORDERS);
        API.put("GET /api/v1/visits/{id}", SIGNED_IN);
        API.put("GET /api/v1/pain-points", EVERYONE);
        API.put("POST /api/v1/pain-points", STREETS);
        API.put("GET /api/v1/pain-points/{id}", EVERYONE);
        API.put("PUT /api/v1/pain-points/{id}", STREETS);
        API.put("GET /api/v1/pain-points/{id}/history", SIGNED_IN);
        API.put("POST /api/v1/pain-points/{id}/transitions", STREETS);
        API.put("GET /api/v1/community-funds", EnumSet.complementOf(EnumSet.of(Who.PUBLIC, Who.PARTNER)));
        API.put("PUT /api/v1/community-funds/{communityCode}/{year}", EnumSet.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF));
        API.put("GET /api/v1/supplies", EVERYONE);
        API.put("POST /api/v1/supplies", EnumSet.of(Who.PARTNER));
        API.put("GET /api/v1/supplies/{id}", EVERYONE);
        API.put("PUT /api/v1/supplies/{id}", EnumSet.of(Who.PARTNER));
        API.put("GET /api/v1/supplies/{id}/history", SIGNED_IN);
        API.put("POST /api/v1/supplies/{id}/transitions", EnumSet.of(Who.PARTNER, Who.DISTRICT_ADMIN));
        API.put("POST /api/v1/supplies/imports", EnumSet.of(Who.PARTNER, Who.DISTRICT_ADMIN));
        API.put("GET /api/v1/supplies/imports/{id}", SIGNED_IN);
        API.put("GET /api/v1/supplies/import-template", EVERYONE);
        API.put("GET /api/v1/supplies/export", EnumSet.of(Who.PARTNER, Who.DISTRICT_ADMIN));
        // matching: whoever may read the need or item reads its matches (an id naming nothing is a 404 for everyone)
        API.put("GET /api/v1/needs/{id}/matches", EVERYONE);
        API.put("GET /api/v1/supplies/{id}/matches", EVERYONE);
        // cooperation: only the sides act (staff of the need's region, the item's partner; integrators for either)
        API.put("POST /api/v1/intents", NEED_RECORDERS);
        API.put("GET /api/v1/intents", SIGNED_IN);
        API.put("GET /api/v1/intents/{id}", SIGNED_IN);
        API.put("POST /api/v1/intents/{id}/transitions", NEED_RECORDERS);
        API.put("GET /api/v1/intents/{id}/notes", SIGNED_IN);
        API.put("POST /api/v1/intents/{id}/notes", NEED_RECORDERS);
        API.put("GET /api/v1/projects", SIGNED_IN);
        API.put("GET /api/v1/projects/showcase", EVERYONE);
        API.put("GET /api/v1/projects/{id}", EVERYONE);
        API.put("PUT /api/v1/projects/{id}/plan", EnumSet.of(Who.PARTNER, Who.INTEGRATOR));
        API.put("POST /api/v1/projects/{id}/reports", EnumSet.of(Who.PARTNER, Who.INTEGRATOR));
        API.put("POST /api/v1/projects/{id}/delivery", NEED_OWNERS);
        API.put("POST /api/v1/projects/{id}/cancellation", NEED_RECORDERS);
        API.put("PUT /api/v1/projects/{id}/showcase", ADMIN);
        API.put("GET /api/v1/projects/{id}/photos/{key}", EVERYONE);
    }

    /** Pages: path → who is allowed. */
    private static final Map<String, Set<Who>> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("/index", EVERYONE);
        PAGES.put("/regions", EVERYONE);
        PAGES.put("/login", EVERYONE);
        PAGES.put("/logout", SIGNED_IN);
        PAGES.put("/account", SIGNED_IN);
        PAGES.put("/account/password", SIGNED_IN);
        PAGES.put("/admin/users", ADMIN);
        PAGES.put("/admin/user", ADMIN);
        PAGES.put("/admin/user-new", ADMIN);
        PAGES.put("/admin/tokens", ADMIN);
        PAGES.put("/admin/regions-import", ADMIN);
        PAGES.put("/audit", AUDIT);
        PAGES.put("/apply", EVERYONE);
        PAGES.put("/application", EVERYONE);
        PAGES.put("/privacy", EVERYONE);
        PAGES.put("/partners", EVERYONE);
        PAGES.put("/partner", EVERYONE);
        PAGES.put("/partner/profile", EnumSet.of(Who.PARTNER));
        PAGES.put("/inbox", SIGNED_IN);
        PAGES.put("/admin/applications", ADMIN);
        PAGES.put("/admin/application", ADMIN);
        PAGES.put("/needs", EVERYONE);
        PAGES.put("/search", EVERYONE);
        PAGES.put("/need", EVERYONE);
        PAGES.put("/need/edit", PAGE_RECORDERS);
        PAGES.put("/needs/import", EnumSet.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF, Who.COMMUNITY_STAFF));
        PAGES.put("/visits", SIGNED_IN);
        PAGES.put("/visit", SIGNED_IN);
        PAGES.put("/visit/new", PAGE_RECORDERS);
        PAGES.put("/pain-points", EVERYONE);
        PAGES.put("/pain-point", EVERYONE);
        PAGES.put("/pain-point/edit", EnumSet.of(Who.STREET_STAFF));
        PAGES.put("/admin/funds", EnumSet.of(Who.DISTRICT_ADMIN, Who.STREET_STAFF));
        PAGES.put("/supplies", EVERYONE);
        PAGES.put("/supply", EVERYONE);
        PAGES.put("/supply/edit", EnumSet.of(Who.PARTNER));
        PAGES.put("/supplies/import", EnumSet.of(Who.PARTNER, Who.DISTRICT_ADMIN));
        PAGES.put("/intents", SIGNED_IN);
        PAGES.put("/intent", SIGNED_IN);
        PAGES.put("/intent/new", PAGE_RECORDERS);
        PAGES.put("/projects", SIGNED_IN);
        PAGES.put("/project", EVERYONE);
        PAGES.put("/showcase", EVERYONE);
    }

    private static Http http;
    private static final Map<Who, Account> ACCOUNTS = new EnumMap<>(Who.class);
    private static long partnerId;
    private static Applications.Submitted application;
    private static String community;
    private static long needId;
    private static long visitId;
    private static long painPointId;
    private static long supplyId;

    @BeforeAll
    static void accounts() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
        Accounts accounts = new Accounts(http);
        Account admin = accounts.admin();
        String street = code("/api/v1/regions?level=STREET&q=%E9%9D%92%E9%BE%99");
        community = code("/api/v1/regions?level=COMMUNITY&q=%E4%B8%9C%E6%9E%97");
        ACCOUNTS.put(Who.DISTRICT_ADMIN, admin);
        ACCOUNTS.put(Who.STREET_STAFF, accounts.create(admin, "STREET_STAFF", street, null, null));
        ACCOUNTS.put(Who.COMMUNITY_STAFF, accounts.create(admin, "COMMUNITY_STAFF", community, null, null));
        Applications applications = new Applications(http);
        Applications.Admitted partner = applications.admitted(admin, "矩阵测试机构", List.of("510108"), List.of("elderly-meals"));
        partnerId = partner.partnerId();
        ACCOUNTS.put(Who.PARTNER, partner.account());
        application = applications.submit(Applications.body("矩阵测试申请", Applications.creditCode(), List.of("510108"),
                List.of("elderly-meals")).build());
        ACCOUNTS.put(Who.AUDITOR, accounts.create(admin, "AUDITOR", "510108", null, null));
        ACCOUNTS.put(Who.INTEGRATOR, accounts.create(admin, "INTEGRATOR", "510108", null, null));
        needPageRecords(street);
    }

    /**
     * A published need, a partner's visit and a published pain point, all in the community or street of the staff
     * accounts, so that their pages answer 200 to everyone the matrix lets in (the visit is seen by the partner that
     * made it, the region's staff, the district and auditors: every signed-in role).
     */
    private static void needPageRecords(String street) {
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        visitId = created(http.send("POST", "/api/v1/visits", "application/json", "{\"communityCode\":\"" + community
                + "\",\"visitDate\":\"" + today + "\",\"format\":\"SYMPOSIUM\",\"participantCount\":6,"
                + "\"participants\":\"居民代表\",\"summary\":\"矩阵测试的座谈\"}",
                ACCOUNTS.get(Who.PARTNER).bearer()), null);
        needId = created(http.send("POST", "/api/v1/needs", "application/json", "{\"communityCode\":\"" + community
                + "\",\"categoryCode\":\"elderly-meals\",\"title\":\"矩阵测试需求\",\"description\":\"页面权限矩阵用\","
                + "\"beneficiaries\":10,\"urgency\":\"LOW\",\"fundingMode\":\"PUBLIC_BENEFIT\",\"budgetFen\":0,"
                + "\"source\":{\"channel\":\"ONLINE\"},\"publish\":true}",
                ACCOUNTS.get(Who.COMMUNITY_STAFF).bearer()), "need");
        painPointId = created(http.send("POST", "/api/v1/pain-points", "application/json", "{\"streetCode\":\"" + street
                + "\",\"categoryCode\":\"volunteering\",\"title\":\"矩阵测试痛点\",\"description\":\"页面权限矩阵用\","
                + "\"publish\":true}", ACCOUNTS.get(Who.STREET_STAFF).bearer()), null);
        supplyId = created(http.send("POST", "/api/v1/supplies", "application/json", "{\"title\":\"矩阵测试供给\","
                + "\"categoryCode\":\"elderly-meals\",\"description\":\"页面权限矩阵用\",\"serviceRegionCodes\":[\""
                + street + "\"],\"capacity\":3,\"fundingMode\":\"PUBLIC_BENEFIT\",\"publish\":true}",
                ACCOUNTS.get(Who.PARTNER).bearer()), null);
    }

    private static long created(Http.Answer answer, String wrapper) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return (wrapper == null ? answer.json() : answer.json().getJsonObject(wrapper)).getJsonNumber("id").longValue();
    }

    @Test
    void theMatrixListsEveryEndpointOfTheOpenApiDocument() {
        assertThat(endpointsInOpenApi()).containsExactlyInAnyOrderElementsOf(API.keySet());
    }

    @Test
    void theMatrixListsEveryPageOfTheWar() throws IOException {
        assertThat(pagesInWar()).containsExactlyInAnyOrderElementsOf(PAGES.keySet());
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        API.forEach((endpoint, allowed) -> {
            for (Who who : Who.values()) {
                int status = call(endpoint, who);
                boolean refused = status == 401 || status == 403;
                if (allowed.contains(who) == refused) {
                    wrong.add(endpoint + " as " + who + ": " + status + (allowed.contains(who) ? " (should be allowed)"
                            : " (should be refused)"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyPageAnswersEveryRoleAsTheMatrixSays() {
        Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            WebSession session = new WebSession(http.base());
            if (who != Who.PUBLIC) {
                Account account = ACCOUNTS.get(who);
                assertThat(session.signIn(account.username(), account.password())).as("sign-in of " + who).isTrue();
            }
            sessions.put(who, session);
        }
        List<String> wrong = new ArrayList<>();
        PAGES.forEach((page, allowed) -> {
            String path = switch (page) {
                case "/admin/user" -> "/admin/user?id=1";
                case "/admin/application" -> "/admin/application?number=" + application.number();
                case "/application" -> "/application?number=" + application.number() + "&token=" + application.token();
                case "/partner" -> "/partner?id=" + partnerId;
                case "/need" -> "/need?id=" + needId;
                case "/visit" -> "/visit?id=" + visitId;
                case "/pain-point" -> "/pain-point?id=" + painPointId;
                case "/supply" -> "/supply?id=" + supplyId;
                case "/intent" -> "/intent?id=999999999";
                case "/intent/new" -> "/intent/new?need=" + needId + "&supply=" + supplyId;
                case "/project" -> "/project?id=999999999";
                case "/index" -> "/";
                default -> page;
            };
            for (Who who : Who.values()) {
                HttpResponse<String> answer = sessions.get(who).get(path);
                int status = answer.statusCode();
                boolean sentToLogin = status == 302 && answer.headers().firstValue("Location").orElse("").contains("/login");
                boolean refused = status == 401 || status == 403 || (who == Who.PUBLIC && sentToLogin);
                boolean served = status == 200;
                if (allowed.contains(who) ? !served : !refused) {
                    wrong.add(page + " as " + who + ": " + status + (allowed.contains(who) ? " (should be served)"
                            : " (should be refused)"));
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static int call(String endpoint, Who who) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{code}", "510108")
                .replace("{communityCode}", community)
                .replace("{year}", String.valueOf(java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue()))
                .replace("{number}", application.number())
                .replace("{key}", "no-such-photo")
                .replace("{id}", endpoint.contains("tokens") || endpoint.contains("documents") || needContext(endpoint)
                        ? "999999999" : endpoint.contains("/partners/") ? String.valueOf(partnerId) : "1");
        Account account = ACCOUNTS.get(who);
        List<String> headers = new ArrayList<>();
        boolean basic = endpoint.equals("POST /api/v1/tokens") || endpoint.equals("POST /api/v1/users/me/password");
        if (account != null) {
            headers.add("Authorization");
            headers.add(basic ? Accounts.basic(account.username(), account.password()) : "Bearer " + account.token());
        }
        if (method.equals("PUT") && needContext(endpoint)) {
            // as an integrator edits: with the version it read, so that the service's rules answer, not the lookup of
            // the current version a request without If-Match needs (which finds no record before any rule is checked)
            headers.add("If-Match");
            headers.add("\"0\"");
        }
        String contentType = null;
        String body = null;
        if (method.equals("POST") || method.equals("PUT")) {
            if (endpoint.endsWith("/documents")) {
                // public, but only with the status token: a wrong one is a 404, not a refusal of the caller
                contentType = "application/pdf";
                body = "%PDF-1.4 test";
            } else if (endpoint.endsWith("/import")) {
                contentType = "text/csv";
                body = "not,a,region,file\n";
            } else if (endpoint.endsWith("/imports")) {
                // a file without the columns: refused (400) for those who may import, before any job exists
                contentType = "text/csv";
                body = "not,a,need,file\n1,2,3,4\n";
            } else if (endpoint.endsWith("/me/password")) {
                contentType = "application/json";
                // the same password again: refused by the rules (400), which still shows the caller got in
                body = "{\"newPassword\":\"" + (account == null ? "x" : account.password()) + "\"}";
            } else if (!endpoint.equals("POST /api/v1/tokens")) {
                contentType = "application/json";
                body = "{}";
            }
        }
        return http.send(method, path, contentType, body, headers.toArray(String[]::new)).status();
    }

    /**
     * The need and supply contexts' records answer by record-level rules (a partner may not read the history of a need it did
     * not record), so its endpoints are called on an id that names nothing, and its updates with an If-Match: the
     * function-level rule is what the matrix checks, and the records made for the pages must not change its answers.
     */
    private static boolean needContext(String endpoint) {
        return endpoint.contains("/needs/") || endpoint.contains("/visits/") || endpoint.contains("/pain-points/")
                || endpoint.contains("/supplies/") || endpoint.contains("/intents/") || endpoint.contains("/projects/");
    }

    private static Set<String> endpointsInOpenApi() {
        Pattern pathLine = Pattern.compile("^  (/[^:]+):\\s*$");
        Pattern methodLine = Pattern.compile("^    (get|post|put|delete|patch|head|options):\\s*$");
        Set<String> endpoints = new TreeSet<>();
        String current = null;
        for (String line : http.get("/openapi").body().split("\n")) {
            Matcher path = pathLine.matcher(line);
            Matcher method = methodLine.matcher(line);
            if (path.matches()) {
                current = path.group(1);
            } else if (!line.startsWith("   ") && !line.isBlank()) {
                current = null;
            } else if (current != null && method.matches()) {
                endpoints.add(method.group(1).toUpperCase() + " " + current);
            }
        }
        return endpoints;
    }

    private static Set<String> pagesInWar() throws IOException {
        Path war = Path.of(System.getProperty("partnerhub.it.war", "target/lib/ROOT.war"));
        Set<String> pages = new TreeSet<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            zip.stream()
                    .map(e -> e.getName())
                    .filter(n -> n.endsWith(".xhtml") && !n.startsWith("WEB-INF/") && !n.startsWith("resources/"))
                    .forEach(n -> pages.add("/" + n.substring(0, n.length() - ".xhtml".length())));
        }
        return pages;
    }

    private static String code(String query) {
        return http.get(query).json().getJsonArray("items").getJsonObject(0).getString("code");
    }
}
