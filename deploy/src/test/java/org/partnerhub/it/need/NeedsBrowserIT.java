package org.partnerhub.it.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Browser;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * A community worker on a phone, in Chinese: records a visit, records a need found there (first with an empty title and
 * a budget that is not a number: each mistake beside its field, everything else still there), then a second, nearly
 * identical need, which is flagged as a possible duplicate of the first; edits the second and finds the change in its
 * history with the old and new value; is told, input kept, when someone else changed the need in the meantime; and
 * merges the duplicate into the first. The public then sees the first need in the list, without its history.
 */
class NeedsBrowserIT {

    private static final String DESCRIPTION = "东林社区 60 岁以上老人约 300 人，独居老人午餐没有着落，希望在社区开设长者食堂，提供助餐服务。";

    private static URI base;
    private static Http http;
    private static Account staff;
    private static String community;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        base = TestEnvironment.get().app().base();
        http = new Http(base);
        Accounts accounts = new Accounts(http);
        Account admin = accounts.admin();
        community = http.get("/api/v1/regions?level=COMMUNITY&q=" + URLEncoder.encode("东林", StandardCharsets.UTF_8))
                .json().getJsonArray("items").getJsonObject(0).getString("code");
        staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        // the community's fund of this year, from which a need's budget is taken
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        Http.Answer fund = http.send("PUT", "/api/v1/community-funds/" + community + "/" + year, "application/json",
                "{\"amountFen\":50000000}", admin.bearer());
        assertThat(fund.status()).as(fund.body()).isEqualTo(200);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void recordAVisitItsNeedsAnEditAndAMergeOnAPhone() throws Exception {
        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/login?next=/visits").toString());
        type("login:username", staff.username());
        type("login:password", staff.password());
        browser.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("record-visit")));

        // a visit
        browser.findElement(By.id("record-visit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("visit:save")));
        new Select(browser.findElement(By.id("visit:communityCode"))).selectByValue(community);
        assertThat(browser.findElement(By.id("visit:visitDate")).getAttribute("value")).as("today, to begin with")
                .matches("\\d{4}-\\d{2}-\\d{2}");
        browser.findElement(By.xpath("//input[@name='visit:format' and @value='FIELD_RESEARCH']")).click();
        type("visit:participantCount", "12");
        type("visit:participants", "居民代表 8 人、网格员、物业经理");
        type("visit:summary", "居民反映小区老人多，午餐没有着落，希望开设长者食堂。");
        browser.findElement(By.id("visit:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("visit-title")));
        assertThat(browser.findElement(By.id("visit-title")).getText()).startsWith("东林社区");
        assertThat(browser.findElement(By.id("visit-format")).getText()).isEqualTo("实地调研");
        assertThat(browser.findElement(By.cssSelector(".messages")).getText()).contains("走访已记录");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "visit-recorded-zh-phone");
        String visitPage = browser.getCurrentUrl();
        String visitId = visitPage.substring(visitPage.indexOf("id=") + 3);

        // a need from it, first with two mistakes
        browser.findElement(By.id("add-need")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("need:save")));
        assertThat(browser.findElement(By.id("fixed-community")).getText()).isEqualTo("东林社区");
        assertThat(browser.findElement(By.id("fixed-channel")).getText()).isEqualTo("实地调研");
        new Select(browser.findElement(By.id("need:categoryCode"))).selectByValue("elderly-meals");
        type("need:description", DESCRIPTION);
        type("need:beneficiaries", "120");
        checkbox("need:targetGroups", "ELDERLY").click();
        new Select(browser.findElement(By.id("need:urgency"))).selectByValue("HIGH");
        new Select(browser.findElement(By.id("need:fundingMode"))).selectByValue("PUBLIC_BENEFIT");
        type("need:budget", "abc");
        browser.findElement(By.id("need:publish")).click();
        browser.findElement(By.id("need:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElements(By.cssSelector(".field-error"))).hasSize(2);
        assertThat(errorBeside("need:title")).isEqualTo("必填");
        assertThat(errorBeside("need:budget")).startsWith("请填写金额");
        assertThat(browser.findElement(By.id("need:budget")).getAttribute("value")).isEqualTo("abc");
        assertThat(browser.findElement(By.id("need:description")).getAttribute("value")).isEqualTo(DESCRIPTION);
        assertThat(browser.findElement(By.id("need:beneficiaries")).getAttribute("value")).isEqualTo("120");
        assertThat(checkbox("need:targetGroups", "ELDERLY").isSelected()).isTrue();
        assertThat(new Select(browser.findElement(By.id("need:urgency"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("HIGH");
        assertThat(browser.findElement(By.id("need:publish")).isSelected()).isTrue();
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        scrollTo("need:title");
        Browser.screenshot(browser, "need-form-title-error-zh-phone");
        scrollTo("need:budget");
        Browser.screenshot(browser, "need-form-budget-error-zh-phone");

        type("need:title", "老年人助餐服务");
        type("need:budget", "5000");
        browser.findElement(By.id("need:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("need-title")));
        String firstId = idOf(browser.getCurrentUrl());
        assertThat(browser.findElement(By.id("need-title")).getText()).isEqualTo("老年人助餐服务");
        assertThat(browser.findElement(By.id("need-status")).getText()).isEqualTo("已发布");
        assertThat(browser.findElement(By.id("need-budget")).getText()).startsWith("5,000.00 元");
        assertThat(browser.findElement(By.id("need-source")).getText()).isEqualTo("实地调研 · 走访 #" + visitId);
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "need-recorded-zh-phone");

        // a second, nearly identical need from the same visit: flagged as a possible duplicate of the first
        browser.get(visitPage);
        assertThat(browser.findElement(By.id("visit-needs")).getText()).contains("老年人助餐服务");
        browser.findElement(By.id("add-need")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("need:save")));
        new Select(browser.findElement(By.id("need:categoryCode"))).selectByValue("elderly-meals");
        type("need:title", "老年人助餐服务需求");
        type("need:description", DESCRIPTION);
        type("need:beneficiaries", "80");
        new Select(browser.findElement(By.id("need:urgency"))).selectByValue("MEDIUM");
        new Select(browser.findElement(By.id("need:fundingMode"))).selectByValue("LOW_FEE");
        browser.findElement(By.id("need:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("need-title")));
        String secondId = idOf(browser.getCurrentUrl());
        assertThat(browser.findElement(By.id("need-status")).getText()).isEqualTo("草稿");
        WebElement duplicates = browser.findElement(By.id("possible-duplicates"));
        assertThat(duplicates.getText()).contains("本街道已有相似的需求");
        assertThat(duplicates.findElements(By.tagName("a")).stream().map(a -> a.getAttribute("href")).toList())
                .anyMatch(href -> href.endsWith("/need?id=" + firstId));
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "need-possible-duplicate-zh-phone");

        // an edit, and the history that shows it
        browser.findElement(By.id("edit-need")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("need:save")));
        assertThat(browser.findElement(By.id("need:beneficiaries")).getAttribute("value")).isEqualTo("80");
        type("need:beneficiaries", "150");
        browser.findElement(By.id("need:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        assertThat(browser.findElement(By.id("need-beneficiaries")).getText()).isEqualTo("150");
        List<WebElement> entries = browser.findElements(By.cssSelector("#history > li"));
        assertThat(entries.get(0).getText()).contains("修改").contains("测试COMMUNITY_STAFF");
        assertThat(entries.get(0).findElements(By.cssSelector(".changes li")).stream().map(WebElement::getText).toList())
                .containsExactly("受益人数：80 → 150");
        assertThat(entries.get(entries.size() - 1).getText()).as("the creation is the oldest entry").contains("登记");
        scrollTo("history");
        Browser.screenshot(browser, "need-history-zh-phone");

        // someone else changes the need while it is open in the form: nothing is overwritten, the input stays
        browser.get(base.resolve("/need/edit?id=" + secondId).toString());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("need:save")));
        Http.Answer read = http.get("/api/v1/needs/" + secondId, staff.bearer());
        Http.Answer changed = http.send("PUT", "/api/v1/needs/" + secondId, "application/json", "{\"communityCode\":\""
                + community + "\",\"categoryCode\":\"elderly-meals\",\"title\":\"老年人助餐服务需求\",\"description\":\""
                + DESCRIPTION + "\",\"beneficiaries\":150,\"urgency\":\"HIGH\",\"fundingMode\":\"LOW_FEE\",\"budgetFen\":0}",
                staff.bearer("If-Match", read.header("ETag")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        type("need:title", "老年人助餐服务需求（长者食堂）");
        browser.findElement(By.id("need:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("stale-hint")));
        assertThat(browser.findElement(By.cssSelector(".messages")).getText()).contains("已被他人修改");
        assertThat(browser.findElement(By.id("need:title")).getAttribute("value")).isEqualTo("老年人助餐服务需求（长者食堂）");
        assertThat(http.get("/api/v1/needs/" + secondId, staff.bearer()).json().getString("title"))
                .as("nothing was saved").isEqualTo("老年人助餐服务需求");
        Browser.screenshot(browser, "need-stale-zh-phone");

        // the duplicate is merged into the first need
        browser.get(base.resolve("/need?id=" + secondId).toString());
        browser.findElement(By.xpath("//input[@name='merge:into' and @value='" + firstId + "']")).click();
        type("merge:reason", "与需求 " + firstId + " 重复");
        browser.findElement(By.id("merge:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("merged-into")));
        assertThat(browser.findElement(By.id("need-status")).getText()).isEqualTo("已关闭");
        assertThat(browser.findElement(By.id("merged-into")).getText()).contains("#" + firstId);

        // the public sees the first need, not the closed duplicate, and no history
        browser.manage().deleteAllCookies();
        browser.get(base.resolve("/needs?q=" + URLEncoder.encode("老年人助餐", StandardCharsets.UTF_8)).toString());
        List<String> titles = browser.findElements(By.cssSelector("#need-list .card-title")).stream()
                .map(WebElement::getText).toList();
        assertThat(titles).contains("老年人助餐服务").doesNotContain("老年人助餐服务需求");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "needs-public-zh-phone");
        browser.get(base.resolve("/need?id=" + firstId).toString());
        assertThat(browser.findElement(By.id("need-title")).getText()).isEqualTo("老年人助餐服务");
        assertThat(browser.findElements(By.id("history"))).isEmpty();
        assertThat(browser.findElements(By.id("move"))).isEmpty();
    }

    private WebDriverWait waiting() {
        return Browser.waiting(browser);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private WebElement checkbox(String name, String value) {
        return browser.findElement(By.xpath("//input[@name='" + name + "' and @value='" + value + "']"));
    }

    /** The error shown beside an input, inside the same field. */
    private String errorBeside(String id) {
        return browser.findElement(By.id(id))
                .findElement(By.xpath("ancestor::div[contains(@class,'field')][1]//span[contains(@class,'field-error')]"))
                .getText();
    }

    private void scrollTo(String id) {
        browser.executeScript("document.getElementById(arguments[0]).scrollIntoView(); window.scrollBy(0, -90);", id);
    }

    private static String idOf(String url) {
        return url.substring(url.indexOf("id=") + 3);
    }
}
