package org.partnerhub.it.web;

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
import org.partnerhub.it.support.Browser;
import org.partnerhub.it.support.TestEnvironment;

/** A visitor on a phone: the home page in Chinese, down the region tree to Chenghua's streets, then in English. */
class HomeAndRegionsBrowserIT {

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

    @Test
    void aVisitorWalksDownTheRegionTreeOnAPhone() throws Exception {
        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/").toString());

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("社区治理合伙人供需对接平台");
        assertThat(browser.findElements(By.cssSelector(".steps li"))).hasSize(6);
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Path home = Browser.screenshot(browser, "home-zh-phone");
        assertThat(Files.size(home)).isPositive();

        browser.findElement(By.linkText("区划")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("行政区划");
        List<String> tree = browser.findElements(By.cssSelector("#region-tree .region-name")).stream()
                .map(WebElement::getText).toList();
        assertThat(tree).contains("成都市", "成华区", "蒲江县", "重庆市", "九龙坡区", "乐至县", "自流井区");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "regions-zh-phone");

        browser.findElement(By.xpath("//a[.//span[@class='region-name' and text()='成华区']]")).click();
        assertThat(browser.findElement(By.id("region-name")).getText()).startsWith("成华区");
        List<String> streets = browser.findElements(By.cssSelector("#region-children .region-name")).stream()
                .map(WebElement::getText).toList();
        assertThat(streets).hasSize(11).startsWith("猛追湾街道").contains("青龙街道", "白莲池街道");
        assertThat(Browser.overflowsHorizontally(browser)).isFalse();
        Browser.screenshot(browser, "chenghua-zh-phone");

        browser.findElement(By.xpath("//a[.//span[@class='region-name' and text()='青龙街道']]")).click();
        assertThat(browser.findElements(By.cssSelector(".breadcrumbs li")).stream().map(WebElement::getText).toList())
                .containsExactly("全部区划", "成都市", "成华区", "青龙街道");
        assertThat(browser.findElement(By.cssSelector("#region-children .region-name")).getText()).isEqualTo("东林社区");

        browser.findElement(By.id("lang-switch")).click();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("region-name")).getText()).startsWith("Qinglong Street");
        assertThat(browser.getCurrentUrl()).contains("code=").contains("lang=en");
        Browser.screenshot(browser, "qinglong-en-phone");

        // the choice is remembered: the home page now opens in English
        browser.get(base.resolve("/").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Community-Governance Partner Hub");
    }

    @Test
    void anUnknownRegionSaysSoWithoutLosingTheWayBack() {
        browser = Browser.phone("zh-CN");
        browser.get(base.resolve("/regions?code=999999").toString());
        assertThat(browser.findElement(By.cssSelector(".notice.error")).getText()).isEqualTo("没有代码为“999999”的区划。");
        browser.findElement(By.linkText("返回全部区划")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("行政区划");
    }
}
