package org.partnerhub.it.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Applications.Admitted;
import org.partnerhub.it.support.Browser;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * The whole cooperation loop on a phone, in Chinese: the community publishes its need, finds a partner's item among its
 * matches and proposes from there (/intent/new), the partner accepts and
 * agrees, the community agrees and the project appears; the partner posts a report with a photo, the community
 * confirms delivery and evaluates, the district picks it as a showcase case, and a visitor finds it on /showcase.
 */
class CooperationBrowserIT {

    private static final String QINGLONG = RegionCode.generated(RegionCode.of("510108"), "青龙街道").value();

    private static URI base;
    private static Http http;
    private static Account admin;
    private static Account staff;
    private static Admitted partner;
    private static long needId;
    private static long supplyId;
    private static String word;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        base = TestEnvironment.get().app().base();
        http = new Http(base);
        Accounts accounts = new Accounts(http);
        admin = accounts.admin();
        word = "携手" + Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
        String community = word + "社区";
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8",
                "level,code,name_zh,name_en,parent_code,note\ncommunity,," + community + ",,青龙街道,\n", admin.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String code = RegionCode.generated(RegionCode.of(QINGLONG), community).value();
        staff = accounts.create(admin, "COMMUNITY_STAFF", code, null, null);
        partner = new Applications(http).admitted(admin, "携手长者服务中心" + word, List.of("510108"),
                List.of("elderly-meals"));
        Http.Answer item = http.send("POST", "/api/v1/supplies", "application/json", Json.createObjectBuilder()
                .add("title", word + "长者食堂").add("categoryCode", "elderly-meals").add("description", "午餐堂食与送餐。")
                .add("serviceRegionCodes", Json.createArrayBuilder().add("510108")).add("capacity", 3)
                .add("fundingMode", "LOW_FEE").add("publish", true).build().toString(), partner.account().bearer());
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        supplyId = item.json().getJsonNumber("id").longValue();
        Http.Answer need = http.send("POST", "/api/v1/needs", "application/json", Json.createObjectBuilder()
                .add("communityCode", code).add("categoryCode", "elderly-meals").add("title", word + "老人午餐")
                .add("description", "独居老人午餐没有着落。").add("beneficiaries", 40).add("urgency", "HIGH")
                .add("fundingMode", "PUBLIC_BENEFIT").add("budgetFen", 0).add("publish", false)
                .add("source", Json.createObjectBuilder().add("channel", "ONLINE")).build().toString(), staff.bearer());
        assertThat(need.status()).as(need.body()).isEqualTo(201);
        needId = need.json().getJsonObject("need").getJsonNumber("id").longValue();
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void fromProposalToAShowcaseCaseOnAPhone() throws Exception {
        // the community publishes its need, sees the partner's item among its matches and proposes from there
        signIn(staff, "/need?id=" + needId);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("move:publish")));
        browser.findElement(By.id("move:publish")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("move:publish")));
        WebElement match = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("match-" + supplyId)));
        assertThat(match.findElement(By.className("match-title")).getText()).isEqualTo(word + "长者食堂");
        assertThat(match.findElement(By.className("match-reasons")).getText()).contains("同一服务类别");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "need-matches-zh-phone");
        match.findElement(By.className("propose")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("propose:submit")));
        assertThat(browser.findElement(By.id("new-need")).getText()).isEqualTo(word + "老人午餐");
        assertThat(browser.findElement(By.id("new-supply")).getText()).isEqualTo(word + "长者食堂");
        type("propose:note", "希望每周一至周五为 40 位老人供餐");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "intent-new-zh-phone");
        browser.findElement(By.id("propose:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("intent-status")));
        assertThat(browser.findElement(By.id("intent-status")).getText()).isEqualTo("已发起");
        String intent = idOf(browser.getCurrentUrl());
        browser.quit();

        // the partner accepts, then agrees
        signIn(partner.account(), "/intent?id=" + intent);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("move:accept")));
        assertThat(browser.findElement(By.id("thread")).getText()).contains("40 位老人");
        browser.findElement(By.id("move:accept")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("intent-status"), "洽谈中"));
        type("move:note", "可以，下周一开餐");
        browser.findElement(By.id("move:agree")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("intent-agreed"), "合伙人：已同意"));
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "intent-negotiating-zh-phone");
        browser.quit();

        // the community agrees: the project appears
        signIn(staff, "/intents");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("intents")));
        assertThat(browser.findElement(By.id("group-NEGOTIATING")).getText()).contains("(1)");
        browser.findElement(By.cssSelector("#intents .intent-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("move:agree")));
        browser.findElement(By.id("move:agree")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("intent-status"), "已达成"));
        String project = browser.findElement(By.id("intent-project")).getAttribute("href");
        project = project.substring(project.indexOf("id=") + 3);
        browser.quit();

        // the partner posts a report with a photo
        Path photo = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "meal", ".png");
        Files.write(photo, Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        signIn(partner.account(), "/project?id=" + project);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("report:postReport")));
        type("report:reportText", "第一周供餐 200 人次");
        type("report:peopleServed", "40");
        browser.findElement(By.id("report:photo")).sendKeys(photo.toAbsolutePath().toString());
        browser.findElement(By.id("report:postReport")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#reports .report-photo")));
        assertThat(browser.findElement(By.id("reports")).getText()).contains("第一周供餐 200 人次");
        assertThat(browser.findElement(By.id("project-people")).getText()).isEqualTo("40");
        // the photo is served to the signed-in partner and shows (scrolled to: it loads lazily)
        waiting().until(d -> (Boolean) browser.executeScript("var i = document.querySelector('#reports .report-photo');"
                + " i.scrollIntoView(); return i.complete && i.naturalWidth > 0;"));
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "project-report-zh-phone");
        browser.quit();

        // the community confirms delivery and evaluates
        signIn(staff, "/project?id=" + project);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("delivery:deliver")));
        browser.findElement(By.id("delivery:deliver")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.id("project-status")).getText()).isEqualTo("实施中");
        new Select(browser.findElement(By.id("delivery:rating"))).selectByValue("5");
        type("delivery:comment", "老人们很满意");
        browser.findElement(By.id("delivery:deliver")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("project-status"), "已交付"));
        assertThat(browser.findElement(By.id("project-rating")).getText()).contains("5", "老人们很满意");
        browser.quit();

        // the district picks it as a showcase case
        signIn(admin, "/project?id=" + project);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("showcase:pick")));
        browser.findElement(By.id("showcase:pick")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("project-showcase")));
        browser.quit();

        // a visitor finds it on the showcase page
        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/showcase").toString());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("showcase")));
        List<WebElement> cards = browser.findElements(By.cssSelector("#showcase .project-link"));
        assertThat(cards).extracting(WebElement::getText).contains(word + "老人午餐");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "showcase-zh-phone");
        cards.stream().filter(c -> c.getText().equals(word + "老人午餐")).findFirst().orElseThrow().click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("project-title")));
        assertThat(browser.findElement(By.id("project-rating")).getText()).contains("5");
        assertThat(browser.findElements(By.id("delivery"))).isEmpty();
        assertThat(browser.findElements(By.id("report"))).isEmpty();
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
    }

    private void signIn(Account account, String next) {
        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/login").toString());
        type("login:username", account.username());
        type("login:password", account.password());
        browser.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-logout")));
        browser.get(base.resolve(next).toString());
    }

    private WebDriverWait waiting() {
        return Browser.waiting(browser);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String idOf(String url) {
        String rest = url.substring(url.indexOf("id=") + 3);
        int end = rest.indexOf('&');
        return end < 0 ? rest : rest.substring(0, end);
    }
}
