package org.partnerhub.it.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Browser;
import org.partnerhub.it.support.TestEnvironment;

/**
 * The whole onboarding on a phone: an organisation fills the form, gets the credit code wrong, sees why beside the
 * field with everything else (the chosen file too) still there, corrects it and gets its number; the administrator
 * signs in and admits it; the applicant sets the password through the status link and signs in; the partner is in
 * the public library.
 */
class OnboardingBrowserIT {

    private static URI base;
    private ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeAvailable();
        base = TestEnvironment.get().app().base();
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return Browser.waiting(browser);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }


    @Test
    void applyBeAdmittedSetThePasswordAndAppearInTheLibrary() throws Exception {
        String name = "手机申请服务社" + System.nanoTime() % 100000;
        String code = Applications.creditCode();
        char wrong = code.charAt(17) == 'A' ? 'B' : 'A';
        Path license = TestEnvironment.get().work().resolve("license.pdf");
        Files.writeString(license, "%PDF-1.4\n%license\n");

        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/apply").toString());
        type("apply:name", name);
        new Select(browser.findElement(By.id("apply:type"))).selectByVisibleText("社会组织");
        type("apply:creditCode", code.substring(0, 17) + wrong);
        type("apply:legalRepresentative", "张三");
        new Select(browser.findElement(By.id("apply:homeRegionCode"))).selectByValue("510108");
        type("apply:contactName", "李四");
        type("apply:contactPhone", "13800138000");
        browser.findElement(By.xpath("//table[@id='apply:serviceRegionCodes']//input[@value='510108']")).click();
        browser.findElement(By.xpath("//table[@id='apply:categoryCodes']//input[@value='elderly-meals']")).click();
        type("apply:introduction", "为社区老人提供助餐服务。");
        browser.findElement(By.id("apply:documents")).sendKeys(license.toAbsolutePath().toString());
        browser.findElement(By.id("apply:consent")).click();
        browser.findElement(By.id("apply:submit")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
        List<WebElement> errors = browser.findElements(By.cssSelector(".field-error"));
        assertThat(errors).hasSize(1);
        WebElement codeField = browser.findElement(By.id("apply:creditCode"));
        WebElement beside = codeField.findElement(By.xpath("ancestor::div[contains(@class,'field')][1]//span[@class='field-error']"));
        assertThat(beside.getText()).startsWith("统一社会信用代码校验位不对").contains("“" + code.charAt(17) + "”");
        assertThat(browser.findElement(By.id("apply:name")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.findElement(By.id("apply:contactPhone")).getAttribute("value")).isEqualTo("13800138000");
        assertThat(browser.findElement(By.id("apply:introduction")).getAttribute("value")).isEqualTo("为社区老人提供助餐服务。");
        assertThat(browser.findElement(By.xpath("//table[@id='apply:serviceRegionCodes']//input[@value='510108']")).isSelected())
                .isTrue();
        assertThat(browser.findElement(By.id("apply:consent")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("uploads")).getText()).as("the chosen file is kept").contains("license.pdf");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "apply-error-zh-phone");

        type("apply:creditCode", code);
        browser.findElement(By.id("apply:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("application-number")));
        String number = browser.findElement(By.id("application-number")).getText();
        assertThat(number).matches("PA-\\d{4}-\\d{6}");
        String statusLink = browser.findElement(By.id("status-link")).getAttribute("href");
        Browser.screenshot(browser, "apply-done-zh-phone");

        // the district's administrator signs in and admits it
        ChromeDriver applicant = browser;
        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/login?next=/admin/applications").toString());
        type("login:username", "admin");
        type("login:password", TestEnvironment.ADMIN_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.urlContains("/admin/applications"));
        browser.findElement(By.xpath("//ul[@id='queue']//a[normalize-space(.)='" + name + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("decision:submit")));
        assertThat(browser.findElement(By.id("documents")).getText()).contains("license.pdf");
        browser.findElement(By.xpath("//input[@name='decision:decisionChoice' and @value='ADMIT']")).click();
        type("decision:reason", "材料齐全，同意入驻");
        browser.findElement(By.id("decision:submit")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("application-status"), "已准入"));
        Browser.screenshot(browser, "review-admitted-zh-phone");
        browser.quit();
        browser = applicant;

        // the applicant sets the first account's password through the status link, and signs in
        browser.get(statusLink);
        assertThat(browser.findElement(By.id("application-status")).getText()).isEqualTo("已准入");
        String username = browser.findElement(By.id("account-username")).getText();
        assertThat(username).isEqualTo(code.toLowerCase());
        type("account:password", "Partner#Phone-1");
        type("account:confirmation", "Partner#Phone-1");
        browser.findElement(By.id("account:submit")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("account"), "密码已设置好了"));
        Browser.screenshot(browser, "status-password-set-zh-phone");

        browser.get(base.resolve("/login").toString());
        type("login:username", username);
        type("login:password", "Partner#Phone-1");
        browser.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("nav-account")));
        assertThat(browser.findElement(By.id("nav-account")).getText()).isEqualTo("李四");

        // and the organisation is in the public library
        browser.manage().deleteAllCookies();
        browser.get(base.resolve("/partners").toString());
        assertThat(browser.findElements(By.cssSelector("#partner-list .card-title")).stream().map(WebElement::getText).toList())
                .contains(name);
        browser.findElement(By.linkText(name)).click();
        assertThat(browser.findElement(By.id("partner-name")).getText()).startsWith(name);
        assertThat(browser.findElement(By.id("contact-phone")).getText()).isEqualTo("138****8000");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "library-partner-zh-phone");
    }
}
