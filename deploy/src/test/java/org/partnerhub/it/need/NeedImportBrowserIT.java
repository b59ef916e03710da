package org.partnerhub.it.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Browser;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * A community worker on a phone, in Chinese, imports a spreadsheet of needs on {@code /needs/import}: the job's page
 * follows the import until it is done, shows the counts and lists the refused row with its number and reason; the
 * needs list then offers the import and the export links, which carry its filters.
 */
class NeedImportBrowserIT {

    private static URI base;
    private static Account staff;
    private static String community;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        base = TestEnvironment.get().app().base();
        Http http = new Http(base);
        Accounts accounts = new Accounts(http);
        Account admin = accounts.admin();
        String name = "页" + Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36) + "社区";
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8",
                "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",,青龙街道,\n", admin.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        community = RegionCode.generated(RegionCode.generated(RegionCode.of("510108"), "青龙街道"), name).value();
        staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void importASpreadsheetAndSeeTheRefusedRowOnAPhone() throws Exception {
        Path file = Files.createTempFile(Path.of(System.getProperty("partnerhub.it.work", "target")), "needs", ".csv");
        Files.writeString(file, "社区编码,类别编码,标题,描述,受益人数,人群,紧急程度,资金方式,预算（元）,发布\n"
                + community + ",elderly-meals,页面导入的需求,独居老人午餐没有着落,80,老年人,紧急,公益,0,否\n"
                + community + ",elderly-meals,紧急程度写错,描述,10,,马上,公益,0,否\n", StandardCharsets.UTF_8);

        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/login?next=/needs/import").toString());
        type("login:username", staff.username());
        type("login:password", staff.password());
        browser.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")));
        assertThat(browser.findElement(By.id("template-xlsx")).getAttribute("href")).contains("/needs/import-template?format=xlsx");

        browser.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "导入完成"));

        assertThat(browser.getCurrentUrl()).contains("job=");
        assertThat(text("count-total")).isEqualTo("2");
        assertThat(text("count-imported")).isEqualTo("1");
        assertThat(text("count-invalid")).isEqualTo("1");
        List<WebElement> cells = browser.findElements(By.cssSelector("#import-errors tbody td"));
        assertThat(cells).extracting(WebElement::getText).startsWith("3", "urgency");
        assertThat(cells.get(2).getText()).contains("马上").contains("紧急程度");
        Browser.screenshot(browser, "need-import-done");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();

        browser.get(base.resolve("/needs?region=" + community + "&channel=IMPORT").toString());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("export-csv")));
        assertThat(browser.findElement(By.id("export-csv")).getAttribute("href"))
                .contains("/needs/export?format=csv").contains("region=" + community).contains("channel=IMPORT");
        assertThat(browser.findElement(By.id("import-link")).getAttribute("href")).endsWith("/needs/import");
        assertThat(browser.getPageSource()).contains("页面导入的需求");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    private WebDriverWait waiting() {
        return Browser.waiting(browser);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
