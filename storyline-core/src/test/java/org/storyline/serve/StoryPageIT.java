package org.storyline.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; other locations
 * with {@code -Dstoryline.chromium=} and {@code -Dstoryline.chromedriver=}). Fails when they are missing. Each test
 * saves a screenshot of the page under {@code target/screenshots/}.
 */
@ExtendWith(ExampleServer.Resolver.class)
class StoryPageIT {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static String base;
    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start(ExampleServer server) throws IOException {
        base = server.url();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("storyline.chromium", "/usr/bin/chromium"));
        Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "chromium-profile-");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("storyline.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void open() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(base);
        wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-first-timeline-ms") != null);
    }

    @AfterEach
    void screenshot(TestInfo test) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png"), png);
    }

    @Test
    void loadsWithoutConsoleErrorsAndShowsTheDatesOfTheExamples() {
        List<String> dates = attributes("#timeline > li", "data-date");
        String firstTimeline = driver.findElement(By.tagName("body")).getAttribute("data-first-timeline-ms");
        System.out.println("StoryPageIT: first timeline drawn " + firstTimeline + " ms after navigation start");

        assertThat(dates).containsExactly("2021-12-14", "2021-12-15", "2022-01-04", "2022-01-05", "2022-01-06",
                "2022-01-18", "2022-01-21", "2022-02-01", "2022-02-15", "2022-02-17");
        assertThat(text("#timeline-status")).isEqualTo("10 date(s) from 6 article(s).");
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void clickingAStoryShowsItsTimeline() {
        wait.until(ExpectedConditions.textToBe(By.id("stories-status"),
                "Stories 1–5 of 5, latest first. Choose one to see its timeline."));
        WebElement story = driver.findElement(By.cssSelector("#stories button[data-story='4618308772022852']"));
        assertThat(story.getText()).isEqualTo("Ukraine, Russia, US · state, continue, concerns\n"
                + "2022-02-01, 2 article(s), 2 outlet(s)");
        story.click();

        wait.until(ExpectedConditions.textToBe(By.id("timeline-status"), "1 date(s) from 2 article(s) of the story “Ukraine, Russia, US · state, continue, concerns”."));
        assertThat(attributes("#timeline > li", "data-date")).containsExactly("2022-02-01");
        assertThat(story.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void clickingASourceShowsTheArticleWithTheCitedSentenceAndTheEventSpans() {
        search("Lavrov");
        driver.findElement(By.cssSelector("#timeline > li[data-date='2022-02-01'] a.source")).click();

        wait.until(ExpectedConditions.textToBe(By.id("article-title"), "Blinken urges Russia to de-escalate Ukraine crisis"));
        assertThat(text("#article-text mark.cited")).isEqualTo("US Secretary of State Antony Blinken spoke on Tuesday "
                + "with Russian Foreign Minister Sergey Lavrov and urged the “immediate Russian de-escalation and the "
                + "withdrawal of troops and equipment from Ukraine's borders”, the State Department said.");
        assertThat(texts("#article-text .role-actor")).containsExactly("Antony Blinken");
        assertThat(texts("#article-text .role-verb")).containsExactly("spoke on Tuesday with", "urged");
        assertThat(texts("#article-text .role-recipient")).containsExactly("Sergey Lavrov");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("article-title");
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void theHostileArticleShowsItsMarkupAsTextAndRunsNothing() {
        search("Zanzibar");
        assertThat(texts("#results li > a")).containsExactly("<script>window.__xss='title'</script>Zanzibar ferry talks");
        driver.findElement(By.cssSelector("#timeline a.source")).click();

        wait.until(ExpectedConditions.textToBe(By.id("article-title"),
                "<script>window.__xss='title'</script>Zanzibar ferry talks"));
        String article = text("#article-text");
        assertThat(article).contains("<script>window.__xss='text'</script>")
                .contains("<img src=x onerror=\"window.__xss='img'\">")
                .contains("<a href=\"javascript:window.__xss='link'\">the statement</a>");
        assertThat(text("#article-meta")).isEqualTo("<img src=x onerror=\"window.__xss='outlet'\">, 2021-12-15");
        JavascriptExecutor js = driver;
        assertThat(js.executeScript("return typeof window.__xss")).isEqualTo("undefined");
        assertThat(js.executeScript("return document.querySelectorAll('main img, main script, main iframe').length"))
                .isEqualTo(0L);
        assertThat(js.executeScript("return document.scripts.length")).isEqualTo(2L);
        assertThat(js.executeScript("return [...document.links].filter(a => !/^https?:/.test(a.href)).length"))
                .isEqualTo(0L);
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void drawsTheEscalationChartOfUsaAndRussia() {
        wait.until(d -> d.findElement(By.id("dyad-chart")).getAttribute("data-buckets") != null);
        driver.executeScript("document.getElementById('dyad-section').scrollIntoView()");

        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) driver.executeScript(
                "const option = echarts.getInstanceByDom(document.getElementById('dyad-chart')).getOption();"
                        + "const labels = option.xAxis[0].data;"
                        + "return {labels: labels.length, first: labels[0], last: labels[labels.length - 1],"
                        + " names: option.series.map(s => s.name),"
                        + " february: option.series.map(s => s.data[labels.indexOf('2022-02-01')]),"
                        + " canvases: document.querySelectorAll('#dyad-chart canvas').length};");

        assertThat(text("#dyad-trend")).isEqualTo("USA ⇄ RUS, 10 event(s): De-escalating over the last 7 days: "
                + "mean Goldstein 1.00 against -1.85 before.");
        assertThat(chart.get("labels")).isEqualTo(44L);
        assertThat(chart.get("first")).isEqualTo("2022-01-05");
        assertThat(chart.get("last")).isEqualTo("2022-02-17");
        assertThat(chart.get("names")).isEqualTo(List.of("Verbal cooperation", "Material cooperation",
                "Verbal conflict", "Material conflict", "Mean Goldstein", "Rolling Goldstein (7 days)"));
        assertThat(chart.get("february")).isEqualTo(List.of(1L, 0L, 2L, 0L, -1.233, -1.233));
        assertThat(chart.get("canvases")).isEqualTo(1L);
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void theEventsTableIsUsableFromTheKeyboard() {
        WebElement actor = driver.findElement(By.cssSelector("#events-form input[name=actor]"));
        actor.sendKeys("USA");
        driver.findElement(By.cssSelector("#events-form input[name=recipient]")).sendKeys("RUS", Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("events-status"), "Events 1–10 of 10."));
        driver.executeScript("document.getElementById('events-section').scrollIntoView()");
        assertThat(driver.findElement(By.id("download-csv")).getAttribute("href"))
                .isEqualTo(base + "api/events/export?format=csv&actor=USA&recipient=RUS");

        WebElement source = driver.findElements(By.cssSelector("#events-table tbody a")).get(5);
        source.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBe(By.id("article-title"), "Blinken urges Russia to de-escalate Ukraine crisis"));
        assertThat(texts("#article-text .role-verb")).containsExactly("call");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("article-title");
    }

    /** Headless Chromium keeps windows at least 500 pixels wide: a phone's screen is emulated. */
    @Test
    void fitsAPhoneScreen() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        driver.navigate().refresh();
        wait.until(d -> d.findElement(By.tagName("body")).getAttribute("data-first-timeline-ms") != null);

        assertThat(driver.executeScript("return [window.innerWidth, document.documentElement.scrollWidth]"))
                .isEqualTo(List.of(390L, 390L));
        assertThat(severeLogs()).isEmpty();
    }

    private void search(String words) {
        WebElement box = driver.findElement(By.id("q"));
        box.clear();
        box.sendKeys(words, Keys.ENTER);
        wait.until(ExpectedConditions.textMatches(By.id("timeline-status"), Pattern.compile(
                ".*matching “" + words + "”.*")));
    }

    private static List<String> severeLogs() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static List<String> attributes(String css, String attribute) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(attribute)).toList();
    }
}
