package org.partnerhub.it.supply;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
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
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Applications.Admitted;
import org.partnerhub.it.support.Browser;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * A partner on a phone, in Chinese: signs in, creates a supply item (first with a capacity of 0: the mistake beside
 * its field, everything else still there), publishes it, is told with the input kept when someone changed it
 * meanwhile; then a visitor, not signed in, on a phone, searches the catalogue with a Chinese phrase that is not in
 * the title as typed and finds it, with the phone masked and no history.
 */
class SupplyBrowserIT {

    private static final String QINGLONG = RegionCode.generated(RegionCode.of("510108"), "青龙街道").value();

    private static URI base;
    private static Http http;
    private static Admitted partner;
    private static String word;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        base = TestEnvironment.get().app().base();
        http = new Http(base);
        Accounts.Account admin = new Accounts(http).admin();
        word = "锦绣" + Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
        partner = new Applications(http).admitted(admin, "锦绣长者服务中心" + word, List.of("510108"),
                List.of("elderly-meals"));
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPartnerPublishesAnItemAndAVisitorFindsItByAChineseQueryOnAPhone() throws Exception {
        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/login?next=/supplies").toString());
        type("login:username", partner.account().username());
        type("login:password", partner.account().password());
        browser.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-supply")));

        browser.findElement(By.id("new-supply")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("supply:save")));
        new Select(browser.findElement(By.id("supply:categoryCode"))).selectByValue("elderly-meals");
        type("supply:title", word + "社区长者食堂运营");
        type("supply:description", "为辖区 60 岁以上老人提供午餐堂食和送餐上门，每天 11 点到 13 点。");
        Select regions = new Select(browser.findElement(By.id("supply:serviceRegionCodes")));
        regions.selectByValue(QINGLONG);
        regions.selectByValue("500107");
        checkbox("supply:targetGroups", "ELDERLY").click();
        type("supply:capacity", "0");
        new Select(browser.findElement(By.id("supply:fundingMode"))).selectByValue("LOW_FEE");
        type("supply:priceNote", "每餐 8 元");
        type("supply:contactName", "李四");
        type("supply:contactPhone", "13800138000");
        browser.findElement(By.id("supply:publish")).click();
        browser.findElement(By.id("supply:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElements(By.cssSelector(".field-error"))).hasSize(1);
        assertThat(errorBeside("supply:capacity")).isEqualTo("须为 1 到 999 之间的整数");
        assertThat(browser.findElement(By.id("supply:title")).getAttribute("value")).isEqualTo(word + "社区长者食堂运营");
        assertThat(browser.findElement(By.id("supply:capacity")).getAttribute("value")).isEqualTo("0");
        assertThat(new Select(browser.findElement(By.id("supply:serviceRegionCodes"))).getAllSelectedOptions())
                .extracting(o -> o.getAttribute("value")).containsExactlyInAnyOrder(QINGLONG, "500107");
        assertThat(browser.findElement(By.id("supply:publish")).isSelected()).isTrue();
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        scrollTo("supply:capacity");
        Browser.screenshot(browser, "supply-form-capacity-error-zh-phone");

        type("supply:capacity", "10");
        browser.findElement(By.id("supply:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("supply-title")));
        String id = idOf(browser.getCurrentUrl());
        assertThat(browser.findElement(By.id("supply-status")).getText()).isEqualTo("已发布");
        assertThat(browser.findElement(By.id("supply-regions")).getText()).contains("青龙街道", "九龙坡区");
        assertThat(browser.findElement(By.id("supply-phone")).getText()).isEqualTo("13800138000");
        assertThat(browser.findElement(By.id("history")).getText()).contains("发布", "登记");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "supply-published-zh-phone");

        // an edit refused because the item changed meanwhile (through the API), the input kept
        browser.findElement(By.id("edit-supply")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("supply:save")));
        Http.Answer current = http.get("/api/v1/supplies/" + id, partner.account().bearer());
        Http.Answer changed = http.send("PUT", "/api/v1/supplies/" + id, "application/json",
                Json.createObjectBuilder().add("title", word + "社区长者食堂运营").add("categoryCode", "elderly-meals")
                        .add("description", "为辖区老人提供午餐。").add("serviceRegionCodes",
                                Json.createArrayBuilder().add(QINGLONG))
                        .add("capacity", 12).add("fundingMode", "LOW_FEE").add("contactName", "李四")
                        .add("contactPhone", "13800138000").build().toString(),
                partner.account().bearer("If-Match", current.header("ETag")));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        type("supply:capacity", "20");
        browser.findElement(By.id("supply:save")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("stale-hint")));
        assertThat(browser.findElement(By.id("supply:capacity")).getAttribute("value")).isEqualTo("20");
        assertThat(http.get("/api/v1/supplies/" + id).json().getInt("capacity")).isEqualTo(12);
        Browser.screenshot(browser, "supply-stale-edit-zh-phone");
        browser.quit();

        // a visitor, not signed in, on a phone
        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/supplies").toString());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("supply-q")));
        assertThat(browser.findElements(By.id("new-supply"))).isEmpty();
        type("supply-q", word + " 长者食堂");
        browser.findElement(By.id("supply-search")).click();
        waiting().until(ExpectedConditions.urlContains("q="));
        List<WebElement> cards = browser.findElements(By.cssSelector("#supply-list .card-title"));
        assertThat(cards).extracting(WebElement::getText).containsExactly(word + "社区长者食堂运营");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "supplies-search-zh-phone");
        cards.get(0).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("supply-title")));
        assertThat(browser.findElement(By.id("supply-phone")).getText()).isEqualTo("138****8000");
        assertThat(browser.findElements(By.id("history"))).isEmpty();
        assertThat(browser.findElements(By.id("move"))).isEmpty();
        assertThat(browser.findElement(By.id("supply-partner")).getText()).isEqualTo("锦绣长者服务中心" + word);
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "supply-public-zh-phone");
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
