package org.partnerhub.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Browser;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * Stored XSS and expression-language payloads in every text field a page shows — a need, a supply item, a partner
 * application and profile, a pain point, a visit, an intent's note, a project's report — put there through the API and
 * then looked at in real Chromium by the people who see them. In every page: no script ran (the payloads set
 * {@code window.__xss} and open alerts), no element the payloads carry exists (no inline script, no element with an
 * event handler, no {@code javascript:} link), no expression was evaluated ({@code 49} never appears), and each
 * payload is shown as the literal text it was.
 */
class XssBrowserIT {

    /** Each stored text is a marker (to find it) followed by one of these. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1;alert(1)</script>",
            "\"><img src=x onerror=\"window.__xss=1;alert(2)\">",
            "'><svg onload=window.__xss=1>",
            "javascript:window.__xss=1",
            "#{7*7} ${7*7} {{7*7}}",
            "<a href=\"javascript:window.__xss=1\">x</a>");

    private static URI base;
    private static Http http;
    private static Account admin;
    private static Account staff;
    private static Account street;
    private static Applications.Admitted partner;
    private static Applications.Submitted application;
    /** page path → who looks at it (null: the public) and the markers it must show. */
    private static final Map<String, Viewer> PAGES = new LinkedHashMap<>();
    private static int stored;

    record Viewer(Account account, List<String> markers) {}

    @BeforeAll
    static void storePayloads() throws Exception {
        Browser.assumeAvailable();
        base = TestEnvironment.get().app().base();
        http = new Http(base);
        Accounts accounts = new Accounts(http);
        admin = accounts.admin();
        String streetCode = firstCode("/api/v1/regions?level=STREET&q=%E9%9D%92%E9%BE%99");
        String community = firstCode("/api/v1/regions?level=COMMUNITY&q=%E4%B8%9C%E6%9E%97");
        staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        street = accounts.create(admin, "STREET_STAFF", streetCode, null, null);
        Applications applications = new Applications(http);
        partner = applications.admitted(admin, "XSS" + tag(0) + payload(0), List.of(streetCode), List.of("elderly-meals"));

        // a partner application, seen by the applicant (status page) and the reviewing administrator
        JsonObjectBuilder body = Applications.body("XSS" + tag(10) + payload(1), Applications.creditCode(),
                List.of("510108"), List.of("elderly-meals"));
        body.add("legalRepresentative", "XSS" + tag(11) + payload(4)).add("contactName", "XSS" + tag(12) + payload(2))
                .add("introduction", "XSS" + tag(13) + payload(0) + payload(1) + payload(5));
        application = applications.submit(body.build());
        stored += 4;
        view("/application?number=" + application.number() + "&token=" + enc(application.token()), null, tag(10));
        view("/admin/application?number=" + application.number(), admin, tag(10), tag(11), tag(12), tag(13));

        // the partner's profile
        Http.Answer profile = http.send("PUT", "/api/v1/partners/" + partner.partnerId(), "application/json",
                Json.createObjectBuilder().add("contactName", "XSS" + tag(20) + payload(2)).add("contactPhone", "13800138000")
                        .add("introduction", "XSS" + tag(21) + payload(0) + payload(4) + payload(5))
                        .add("serviceRegionCodes", Json.createArrayBuilder().add(streetCode))
                        .add("categoryCodes", Json.createArrayBuilder().add("elderly-meals")).build().toString(),
                partner.account().bearer("If-Match", etag("/api/v1/partners/" + partner.partnerId())));
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        stored += 2;
        view("/partner?id=" + partner.partnerId(), null, tag(0), tag(21));
        view("/partners", null, tag(0));
        view("/partner/profile", partner.account(), tag(20), tag(21));

        // a need
        long need = id(http.send("POST", "/api/v1/needs", "application/json", Json.createObjectBuilder()
                .add("communityCode", community).add("categoryCode", "elderly-meals")
                .add("title", "XSS" + tag(30) + payload(2)).add("description", "XSS" + tag(31) + payload(0) + payload(1)
                        + payload(4) + payload(5))
                .add("beneficiaries", 10).add("urgency", "LOW").add("fundingMode", "PUBLIC_BENEFIT").add("budgetFen", 0)
                .add("source", Json.createObjectBuilder().add("channel", "ONLINE")).add("publish", true).build().toString(),
                staff.bearer()), "need");
        stored += 2;
        view("/need?id=" + need, null, tag(30), tag(31));
        view("/needs", null, tag(30));

        // a supply item
        long supply = id(http.send("POST", "/api/v1/supplies", "application/json", Json.createObjectBuilder()
                .add("title", "XSS" + tag(40) + payload(1)).add("categoryCode", "elderly-meals")
                .add("description", "XSS" + tag(41) + payload(0) + payload(2) + payload(4) + payload(5))
                .add("serviceRegionCodes", Json.createArrayBuilder().add(streetCode)).add("capacity", 3)
                .add("fundingMode", "PUBLIC_BENEFIT").add("publish", true).build().toString(),
                partner.account().bearer()), null);
        stored += 2;
        view("/supply?id=" + supply, null, tag(40), tag(41));
        view("/supplies", null, tag(40));

        // a pain point
        long painPoint = id(http.send("POST", "/api/v1/pain-points", "application/json", Json.createObjectBuilder()
                .add("streetCode", streetCode).add("categoryCode", "volunteering").add("title", "XSS" + tag(50) + payload(0))
                .add("description", "XSS" + tag(51) + payload(1) + payload(4) + payload(5)).add("publish", true).build()
                .toString(), street.bearer()), null);
        stored += 2;
        view("/pain-point?id=" + painPoint, null, tag(50), tag(51));
        view("/pain-points", null, tag(50));

        // a visit
        long visit = id(http.send("POST", "/api/v1/visits", "application/json", Json.createObjectBuilder()
                .add("communityCode", community).add("visitDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .add("format", "SYMPOSIUM").add("participantCount", 3).add("participants", "XSS" + tag(60) + payload(1))
                .add("summary", "XSS" + tag(61) + payload(0) + payload(4) + payload(5)).build().toString(),
                staff.bearer()), null);
        stored += 2;
        view("/visit?id=" + visit, staff, tag(60), tag(61));

        // an intent with notes, agreed into a project with a report
        long intent = id(http.send("POST", "/api/v1/intents", "application/json", Json.createObjectBuilder()
                .add("needId", need).add("supplyId", supply).add("note", "XSS" + tag(70) + payload(1) + payload(4))
                .build().toString(), staff.bearer()), null);
        move(intent, "ACCEPT", partner.account());
        Http.Answer note = http.send("POST", "/api/v1/intents/" + intent + "/notes", "application/json",
                Json.createObjectBuilder().add("text", "XSS" + tag(71) + payload(0) + payload(2) + payload(5)).build()
                        .toString(), partner.account().bearer());
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        stored += 2;
        move(intent, "AGREE", partner.account());
        long project = move(intent, "AGREE", staff).getJsonNumber("projectId").longValue();
        Http.Answer report = http.send("POST", "/api/v1/projects/" + project + "/reports", "application/json",
                Json.createObjectBuilder().add("text", "XSS" + tag(80) + payload(0) + payload(1) + payload(4) + payload(5))
                        .add("peopleServed", 4).build().toString(), partner.account().bearer());
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        stored += 1;
        view("/intent?id=" + intent, staff, tag(70), tag(71));
        view("/project?id=" + project, partner.account(), tag(80));
    }

    @Test
    void noStoredPayloadRunsOrIsEvaluatedInAnyPage() {
        ChromeDriver browser = null;
        Account signedIn = null;
        List<String> wrong = new ArrayList<>();
        int pages = 0;
        int shown = 0;
        try {
            for (Map.Entry<String, Viewer> page : PAGES.entrySet()) {
                Account who = page.getValue().account();
                if (browser == null || who != signedIn) {
                    if (browser != null) {
                        browser.quit();
                    }
                    browser = Browser.phone("zh-CN");
                    if (who != null) {
                        signIn(browser, who);
                    }
                    signedIn = who;
                }
                browser.get(base.resolve(page.getKey().replaceFirst("#.*", "")).toString());
                pages++;
                if (alertOpen(browser)) {
                    wrong.add(page.getKey() + ": an alert opened");
                    continue;
                }
                Object xss = browser.executeScript("return typeof window.__xss === 'undefined' ? null : window.__xss;");
                if (xss != null) {
                    wrong.add(page.getKey() + ": a payload ran (window.__xss = " + xss + ")");
                }
                Number injected = (Number) browser.executeScript("return document.querySelectorAll("
                        + "'script:not([src]), img[src=\"x\"], svg[onload], [onerror], [onload], a[href^=\"javascript\"]')"
                        + ".length;");
                if (injected.intValue() > 0) {
                    wrong.add(page.getKey() + ": " + injected + " element(s) from a payload in the page");
                }
                String text = (String) browser.executeScript("return document.body.innerText;");
                for (String marker : page.getValue().markers()) {
                    int at = text.indexOf("XSS" + marker);
                    if (at < 0) {
                        wrong.add(page.getKey() + ": " + marker + " is not shown");
                        continue;
                    }
                    shown++;
                    int end = text.indexOf('\n', at);
                    String line = text.substring(at, end < 0 ? text.length() : end);
                    // #{7*7} and ${7*7} evaluated would read 49; nothing else in a stored text has a 49
                    if (line.contains("49")) {
                        wrong.add(page.getKey() + ": an expression was evaluated near " + marker + ": " + line);
                    }
                }
                if (text.contains("#{7*7}") || text.contains("<script>") || text.contains("onerror=")) {
                    // the payloads' text is there, as text
                    continue;
                }
                if (!page.getValue().markers().isEmpty() && page.getKey().contains("?id=")) {
                    wrong.add(page.getKey() + ": the payload is not shown as the literal text it was");
                }
            }
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
        System.out.printf("%nXssBrowserIT: %d stored payload fields, %d page views, %d payloads shown as text, "
                + "%d executed or evaluated%n", stored, pages, shown, wrong.size());
        assertThat(pages).isGreaterThanOrEqualTo(12);
        assertThat(wrong).isEmpty();
    }

    private static boolean alertOpen(ChromeDriver browser) {
        try {
            browser.switchTo().alert().dismiss();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private static void signIn(ChromeDriver browser, Account who) {
        browser.get(base.resolve("/login").toString());
        browser.findElement(By.id("login:username")).sendKeys(who.username());
        browser.findElement(By.id("login:password")).sendKeys(who.password());
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.not(
                ExpectedConditions.urlContains("/login")));
    }

    private static void view(String path, Account who, String... markers) {
        String key = path;
        while (PAGES.containsKey(key)) {
            key = key + "#again";
        }
        PAGES.put(key, new Viewer(who, List.of(markers)));
    }

    private static String tag(int n) {
        return String.format("%03d", n);
    }

    private static String payload(int i) {
        return " " + PAYLOADS.get(i);
    }

    private static JsonObject move(long intent, String action, Account who) {
        Http.Answer moved = http.send("POST", "/api/v1/intents/" + intent + "/transitions", "application/json",
                Json.createObjectBuilder().add("action", action).add("note", "ok").build().toString(), who.bearer());
        assertThat(moved.status()).as(action + ": " + moved.body()).isEqualTo(200);
        return moved.json();
    }

    private static String etag(String path) {
        return http.get(path, partner.account().bearer()).header("ETag");
    }

    private static long id(Http.Answer answer, String wrapper) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return (wrapper == null ? answer.json() : answer.json().getJsonObject(wrapper)).getJsonNumber("id").longValue();
    }

    private static long id(Http.Answer answer) {
        return id(answer, null);
    }

    private static String firstCode(String query) {
        return http.get(query).json().getJsonArray("items").getJsonObject(0).getString("code");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
