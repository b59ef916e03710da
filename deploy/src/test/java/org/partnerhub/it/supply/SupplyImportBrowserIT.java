package org.partnerhub.it.supply;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Applications.Admitted;
import org.partnerhub.it.support.Browser;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * Importing supply items on a phone: a partner's user, in Chinese, goes from its own list to {@code /supplies/import},
 * uploads a sheet with a good and a bad row and follows the job to the refused row's number, column and reason; a
 * district administrator chooses the partner in the page's select and imports a draft for it.
 */
class SupplyImportBrowserIT {

    private static final String HEADER = "标题,类别,描述,服务区域,容量,资金方式,价格说明,服务人群,联系人,联系电话,发布\n";

    private static URI base;
    private static Account admin;
    private static Admitted partner;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        base = TestEnvironment.get().app().base();
        Http http = new Http(base);
        admin = new Accounts(http).admin();
        partner = new Applications(http).admitted(admin, "手机导入服务社" + suffix(), List.of("510108"),
                List.of("elderly-meals"));
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPartnerImportsASpreadsheetAndSeesTheRefusedRowOnAPhone() throws Exception {
        String title = "手机导入" + suffix();
        Path file = sheet(HEADER + title + ",养老助餐,为老人送餐上门,510108,8,低偿,每餐 8 元,老年人,李四,13800138000,否\n"
                + "资金方式写错,养老助餐,描述,510108,8,看情况,,,,,否\n");

        browser = Browser.phone("zh-CN");
        signIn(partner.account(), "/supplies?mine=true");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import-link")));
        assertThat(browser.findElement(By.id("export-xlsx")).getAttribute("href")).contains("/supplies/export?format=xlsx");
        browser.findElement(By.id("import-link")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:file")));
        assertThat(browser.findElement(By.id("template-xlsx")).getAttribute("href"))
                .contains("/supplies/import-template?format=xlsx");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();

        browser.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "导入完成"));

        assertThat(browser.getCurrentUrl()).contains("/supplies/import").contains("job=");
        assertThat(text("count-total")).isEqualTo("2");
        assertThat(text("count-imported")).isEqualTo("1");
        assertThat(text("count-invalid")).isEqualTo("1");
        List<WebElement> cells = browser.findElements(By.cssSelector("#import-errors tbody td"));
        assertThat(cells).extracting(WebElement::getText).startsWith("3", "fundingMode");
        assertThat(cells.get(2).getText()).contains("看情况").contains("资金方式");
        Browser.screenshot(browser, "supply-import-done");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();

        browser.findElement(By.id("to-list")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("supply-filters")));
        assertThat(browser.getPageSource()).contains(title);
    }

    @Test
    void theDistrictChoosesThePartnerAndImportsADraft() throws Exception {
        String title = "代为导入" + suffix();
        Path file = sheet(HEADER + title + ",elderly-meals,为老人送餐上门,510108,3,公益,,,,,\n");

        browser = Browser.phone("zh-CN");
        signIn(admin, "/supplies/import");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("import:partnerId")));
        new Select(browser.findElement(By.id("import:partnerId"))).selectByValue(String.valueOf(partner.partnerId()));
        browser.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("job-status"), "导入完成"));
        assertThat(text("count-imported")).isEqualTo("1");

        browser.get(base.resolve("/supplies?partner=" + partner.partnerId()).toString());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("supply-filters")));
        assertThat(browser.getPageSource()).contains(title);
    }

    private Path sheet(String content) throws Exception {
        Path file = Files.createTempFile(Path.of(System.getProperty("partnerhub.it.work", "target")), "supplies", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private void signIn(Account account, String next) {
        browser.get(base.resolve("/login?next=" + next).toString());
        type("login:username", account.username());
        type("login:password", account.password());
        browser.findElement(By.id("login:submit")).click();
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
