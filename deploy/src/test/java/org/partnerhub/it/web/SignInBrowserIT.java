package org.partnerhub.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.AppServer;
import org.partnerhub.it.support.Browser;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * Signing in on a phone: a wrong password keeps the typed name and says nothing more; the right one shows the home
 * page as that user; after the idle timeout (set to a few seconds on a server of its own) the next page asks to sign
 * in again and then returns to where the user was going. The administrator's pages are seen once, for the record.
 */
class SignInBrowserIT {

    private static final Duration IDLE = Duration.ofSeconds(8);

    private static AppServer shortSessions;
    private static URI base;
    private static Account staff;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        TestEnvironment env = TestEnvironment.get();
        Http main = new Http(env.app().base());
        Accounts accounts = new Accounts(main);
        String community = main.get("/api/v1/regions?level=COMMUNITY&q=%E4%B8%9C%E6%9E%97").json().getJsonArray("items")
                .getJsonObject(0).getString("code");
        staff = accounts.create(accounts.admin(), "COMMUNITY_STAFF", community, null, null);
        // a second server on the same database, whose sessions time out after a few idle seconds
        Path jar = Path.of(System.getProperty("partnerhub.it.jar", "target/partnerhub.jar"));
        shortSessions = AppServer.start(jar, env.work().resolve("short-sessions"),
                env.appEnvironment(Map.of("PARTNERHUB_SESSION_IDLE_TIMEOUT", IDLE.toString())));
        base = shortSessions.base();
    }

    @AfterAll
    static void stop() {
        if (shortSessions != null) {
            shortSessions.close();
        }
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signInSeeTheHomePageBeSignedOutWhenIdleAndSignInAgain() throws Exception {
        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/login").toString());
        browser.findElement(By.id("login:username")).sendKeys(staff.username());
        browser.findElement(By.id("login:password")).sendKeys("wrong password");
        browser.findElement(By.id("login:submit")).click();
        Browser.waiting(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".messages")));
        assertThat(browser.findElement(By.cssSelector(".messages")).getText()).contains("用户名或密码不正确");
        assertThat(browser.findElement(By.id("login:username")).getAttribute("value")).isEqualTo(staff.username());
        assertThat(browser.findElement(By.id("login:password")).getAttribute("value")).isEmpty();
        Browser.screenshot(browser, "login-failed-zh-phone");

        browser.findElement(By.id("login:password")).sendKeys(staff.password());
        browser.findElement(By.id("login:submit")).click();
        Browser.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-account")));
        assertThat(browser.findElement(By.id("nav-account")).getText()).isEqualTo("测试COMMUNITY_STAFF");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("社区治理合伙人供需对接平台");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "home-signed-in-zh-phone");

        browser.findElement(By.id("nav-account")).click();
        assertThat(browser.findElement(By.id("my-role")).getText()).isEqualTo("社区工作人员");

        Thread.sleep(IDLE.plusSeconds(4).toMillis());
        browser.get(base.resolve("/account").toString());
        assertThat(browser.getCurrentUrl()).contains("/login").contains("next=");
        assertThat(browser.findElements(By.id("nav-account"))).isEmpty();

        browser.findElement(By.id("login:username")).sendKeys(staff.username());
        browser.findElement(By.id("login:password")).sendKeys(staff.password());
        browser.findElement(By.id("login:submit")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/account"));
        assertThat(browser.findElement(By.id("my-name")).getText()).isEqualTo("测试COMMUNITY_STAFF");
    }

    @Test
    void theAdministratorsPagesOnAPhone() throws Exception {
        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/login?next=/admin/users").toString());
        browser.findElement(By.id("login:username")).sendKeys("admin");
        browser.findElement(By.id("login:password")).sendKeys(TestEnvironment.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/admin/users"));
        assertThat(browser.findElements(By.cssSelector("#user-list .card"))).isNotEmpty();
        Browser.screenshot(browser, "admin-users-zh-phone");

        browser.findElement(By.id("new-user")).click();
        browser.findElement(By.id("user:username")).sendKeys("x");
        browser.findElement(By.id("user:phone")).sendKeys("12345");
        browser.findElement(By.id("user:submit")).click();
        Browser.waiting(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElements(By.cssSelector(".field-error"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("user:phone")).getAttribute("value")).isEqualTo("12345");
        Browser.screenshot(browser, "admin-user-new-errors-zh-phone");

        browser.get(base.resolve("/audit").toString());
        assertThat(browser.findElements(By.cssSelector("#audit-table tbody tr"))).isNotEmpty();
        Browser.screenshot(browser, "audit-zh-phone");

        Path csv = TestEnvironment.get().work().resolve("upload-regions.csv");
        java.nio.file.Files.writeString(csv, "level,code,name_zh,name_en,parent_code,note\n"
                + "community,,浏览器导入社区" + System.nanoTime() % 100000 + ",,猛追湾街道,\nplanet,,火星,,,\n");
        browser.get(base.resolve("/admin/regions-import").toString());
        browser.findElement(By.id("import:file")).sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.id("import:submit")).click();
        Browser.waiting(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("import-errors")));
        assertThat(browser.findElement(By.cssSelector(".messages")).getText()).contains("未导入任何内容");
        assertThat(browser.findElement(By.cssSelector("#import-errors tbody tr")).getText()).startsWith("3");
        Browser.screenshot(browser, "regions-import-errors-zh-phone");
    }

    @Test
    void aNewUserMustChooseAPasswordAtTheFirstSignIn() throws Exception {
        Http main = new Http(TestEnvironment.get().app().base());
        Accounts accounts = new Accounts(main);
        Http.Answer created = main.send("POST", "/api/v1/users", "application/json",
                "{\"username\":\"first-" + System.nanoTime() % 100000 + "\",\"displayName\":\"首次登录\",\"role\":\"AUDITOR\","
                        + "\"regionCode\":\"510108\"}", accounts.admin().bearer());
        String username = created.json().getJsonObject("user").getString("username");
        String temporary = created.json().getString("temporaryPassword");

        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/login").toString());
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(temporary);
        browser.findElement(By.id("login:submit")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlContains("/account/password"));
        browser.get(base.resolve("/audit").toString());
        assertThat(browser.getCurrentUrl()).as("every page leads back until the password is changed")
                .contains("/account/password");

        browser.findElement(By.id("password:currentPassword")).sendKeys(temporary);
        browser.findElement(By.id("password:newPassword")).sendKeys("New#Pass-2026");
        browser.findElement(By.id("password:confirmation")).sendKeys("New#Pass-2027");
        browser.findElement(By.id("password:submit")).click();
        Browser.waiting(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.cssSelector(".field-error")).getText()).isEqualTo("两次输入的新密码不一致");
        Browser.screenshot(browser, "password-mismatch-zh-phone");

        browser.findElement(By.id("password:currentPassword")).sendKeys(temporary);
        browser.findElement(By.id("password:newPassword")).sendKeys("New#Pass-2026");
        browser.findElement(By.id("password:confirmation")).sendKeys("New#Pass-2026");
        browser.findElement(By.id("password:submit")).click();
        Browser.waiting(browser).until(ExpectedConditions.urlMatches(".*/account$"));
        assertThat(browser.findElement(By.cssSelector(".messages")).getText()).contains("密码已修改");
        browser.get(base.resolve("/audit").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("审计日志");
    }
}
