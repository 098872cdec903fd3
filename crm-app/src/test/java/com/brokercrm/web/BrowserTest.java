package com.brokercrm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.brokercrm.ingest.ImportService;
import com.brokercrm.security.UserAccounts;
import com.brokercrm.store.TestStore;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The key pages in a real headless Chromium (the Debian packages chromium and chromium-driver, installed
 * by scripts/install-browser.sh; nothing is downloaded). Screenshots go to target/browser-screenshots.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "brokercrm.cti.token=browser-cti")
class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target/browser-screenshots");
    static final String CHROMIUM = System.getProperty("brokercrm.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("brokercrm.chromedriver", "/usr/bin/chromedriver");

    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws Exception {
        dataDir = TestStore.newFolder("brokercrm-browser");
        registry.add("brokercrm.data-dir", dataDir::toString);
        registry.add("server.address", () -> "127.0.0.1");
    }

    @LocalServerPort
    int port;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start(@Autowired ImportService imports, @Autowired UserAccounts users, @Autowired JdbcClient jdbc)
            throws Exception {
        WebTestBrokerage.load(dataDir, imports, users, jdbc);
        assertThat(new File(CHROMIUM))
                .as("headless Chromium is needed: run scripts/install-browser.sh")
                .exists();
        assertThat(new File(DRIVER))
                .as("chromedriver is needed: run scripts/install-browser.sh")
                .exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1100", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    void login(String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(WebTestBrokerage.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("whoami")));
    }

    void screenshot(String name) throws IOException {
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void logInSearchOpenThe360ViewAndSwitchLanguage() throws Exception {
        login("hq_admin");
        assertThat(browser.getCurrentUrl()).endsWith("/clients");
        assertThat(browser.findElement(By.id("whoami")).getText()).contains("总部管理员", "全部客户");
        screenshot("01-client-list-zh");

        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("张");
        browser.findElement(By.id("search-submit")).click();
        wait.until(ExpectedConditions.textToBe(By.id("result-count"), "共 1 位客户"));
        assertThat(browser.findElements(By.cssSelector(".client-name")))
                .extracting(WebElement::getText)
                .containsExactly("张三");
        screenshot("02-search-zh");

        browser.findElement(By.linkText("C001")).click();
        wait.until(ExpectedConditions.textToBe(By.id("client-name"), "张三"));
        // ECharts has drawn the assets chart into a canvas
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#asset-chart canvas")));
        assertThat(browser.findElement(By.id("client-header")).getText()).contains("138****8000", "上海浦东营业部");
        assertThat(browser.findElement(By.id("holdings")).getText()).contains("浦发银行");
        screenshot("03-client-360-zh");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Assets over time"));
        assertThat(browser.findElement(By.id("whoami")).getText()).contains("HQ administrator");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("资产走势");
        screenshot("04-client-360-en");

        // trades page through htmx without leaving the page
        WebElement side = browser.findElement(By.id("trade-side"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", side);
        new org.openqa.selenium.support.ui.Select(side).selectByVisibleText("Sell");
        WebElement filter = browser.findElement(By.cssSelector("#trades button[type=submit]"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", filter);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trades"), "Trades (1)"));
        assertThat(browser.getCurrentUrl()).contains("/clients/C001");
    }

    @Test
    void the360ViewShowsTheProfileCardsAndTheDashboardDrawsItsCharts() throws Exception {
        login("account_manager");
        browser.get(url("/clients/C001"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#profile-chart canvas")));
        assertThat(browser.findElement(By.id("profile-tier")).getText()).isEqualTo("金");
        assertThat(browser.findElement(By.id("section-risk")).getText())
                .contains("72.5 / 100", "风险偏好型", "C5", "C4", "建议复核适当性");
        assertThat(browser.findElement(By.id("section-needs")).getText()).contains("闲置现金约 45,000 元");
        // the profile cards sit below the assets chart: a taller window shows them whole
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1500));
        WebElement cards = browser.findElement(By.id("section-value"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "window.scrollTo(0, arguments[0].getBoundingClientRect().top + window.scrollY - 60)", cards);
        Thread.sleep(300);
        screenshot("09-client-360-profile-zh");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1100));

        assertThat(browser.findElement(By.id("nav-profiles")).getAttribute("href"))
                .endsWith("/profiles");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1500));
        browser.get(url("/profiles"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tier-chart canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#review-chart canvas")));
        assertThat(browser.findElement(By.id("profiles-count")).getText()).contains("共有 2 位已评分客户");
        assertThat(browser.findElement(By.id("review-table")).getText()).contains("上海浦东营业部", "北京朝阳营业部");
        screenshot("10-profile-dashboard-zh");

        login("branch_manager");
        browser.get(url("/profiles?lang=en"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#risk-class-chart canvas")));
        assertThat(browser.findElement(By.id("review-table")).getText())
                .contains("北京朝阳营业部")
                .doesNotContain("上海浦东营业部");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Tier pyramid");
        screenshot("11-profile-dashboard-branch-en");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1100));

        browser.get(url("/clients?tier=DIAMOND&lang=zh-CN"));
        wait.until(ExpectedConditions.textToBe(By.id("result-count"), "共 1 位客户"));
        screenshot("12-client-list-by-tier-zh");

        // a client not scored yet keeps the not-scored cards
        login("advisor");
        browser.get(url("/clients/C004"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-name")));
        assertThat(browser.findElement(By.id("section-value")).getText()).contains("尚未评分");
        assertThat(browser.findElements(By.id("profile-chart"))).isEmpty();
    }

    @Test
    void aBranchManagerCannotOpenAnotherBranchsClient() throws Exception {
        login("branch_manager");
        assertThat(browser.findElement(By.id("whoami")).getText()).contains("营业部 B02 的客户");
        browser.get(url("/clients/C001"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("不在您的数据权限范围内")
                .doesNotContain("张三");
        screenshot("05-denied-cross-branch-zh");
        browser.get(url("/clients/C003"));
        wait.until(ExpectedConditions.textToBe(By.id("client-name"), "王五"));
    }

    @Test
    void aRingingCallPopsUpInTheAgentsBrowser() throws Exception {
        login("call_agent");
        wait.until(d -> ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.querySelector('#call-pop') !== null && window.htmx !== undefined"));
        Thread.sleep(500); // let the event stream connect
        java.net.http.HttpResponse<String> ringing = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/api/v1/cti/calls")))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer browser-cti")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"callId\":\"b1\",\"state\":\"RINGING\","
                                                + "\"callerNumber\":\"13800138000\",\"agent\":\"call_agent\"}"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(ringing.statusCode()).isEqualTo(200);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call-pop"), "张三"));
        screenshot("06-call-pop-zh");
    }

    @Test
    void aScriptInAClientNameDoesNotRun() throws Exception {
        login("hq_admin");
        browser.get(url("/clients/C004"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("client-name")));
        assertThat(browser.findElement(By.id("client-name")).getText()).isEqualTo(WebTestBrokerage.SCRIPT_NAME);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void aClientAnswersASurveyWithoutSigningInAndStaffSeeItOnThe360View(
            @Autowired com.brokercrm.contact.survey.Surveys surveys) throws Exception {
        var survey = surveys.create("C001", "K1", "zh-CN", null);
        browser.get(url(survey.url().substring(survey.url().indexOf("/survey/"))));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-form")));
        assertThat(browser.findElement(By.id("survey-question")).getText()).contains("2025-01-03", "外呼", "回访");
        assertThat(browser.findElements(By.id("whoami"))).isEmpty();
        browser.findElement(By.id("score-3")).click();
        browser.findElement(By.id("survey-comment")).sendKeys("经理回复很及时");
        screenshot("06-survey-form-zh");
        browser.findElement(By.id("survey-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-thanks")));
        screenshot("07-survey-thanks-zh");
        browser.navigate().back();
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-answered")));

        login("account_manager");
        browser.get(url("/clients/C001"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-list")));
        assertThat(browser.findElement(By.id("survey-list")).getText()).contains("3/5 分", "经理回复很及时");
        assertThat(browser.findElement(By.id("contacts")).getText()).contains("满意度 3/5");
        assertThat(browser.findElement(By.id("email-disabled")).getText()).contains("spring.mail.host");
        WebElement toggle = browser.findElement(By.id("message-send-toggle"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", toggle);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("m-channel"))).selectByValue("SMS");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("m-template"))).selectByValue("FOLLOW_UP");
        WebElement queue = browser.findElement(By.id("message-queue"));
        // a click through the page: htmx sections loading above can move the button under the pointer
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", queue);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message-queued")));
        assertThat(browser.findElement(By.id("message-list")).getText()).contains("感谢您与我们的沟通");
        WebElement card = browser.findElement(By.id("messages"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'start'})", card);
        screenshot("08-client-360-messages-zh");
    }
}
