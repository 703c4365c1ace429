package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser (Debian's chromium, headless, driven by Selenium through chromedriver)
 * against a real daemon (run in this JVM) on the sample library plus a folder of copies that makes a scan last
 * a while.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DaemonPageBrowserTest {
    private static final int COPIES = 200;

    private Path dir;
    private Path library;
    private RunningDaemon daemon;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("daemon-page");
        library = dir.resolve("library");
        Path sample = Cli.sampleCopy(library.resolve("sample"));
        Path flac;
        try (Stream<Path> files = Files.walk(sample)) {
            flac = files.filter(p -> p.toString().endsWith(".flac")).findFirst().orElseThrow();
        }
        Files.createDirectories(library.resolve("many"));
        for (int i = 0; i < COPIES; i++) {
            Files.copy(flac, library.resolve("many/copy-" + i + ".flac"));
        }
        daemon = RunningDaemon.startInProcess(
                dir,
                library.toString(),
                "--db",
                dir.resolve("library.db").toString(),
                "--every",
                "1h",
                "--no-initial-scan",
                "--workers",
                "1");
        browser = HeadlessChromium.start(dir);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void thePageStartsAScanShowsItMoveCancelsItAndDrawsAFilesPassages() throws Exception {
        browser.get(daemon.uri("/").toString());
        wait.until(driver -> "yes".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        wait.until(driver ->
                "connected".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-events")));
        assertEquals("idle", text("state"));

        browser.findElement(By.id("start")).click();
        wait.until(driver ->
                text("state").equals("scanning") && text("progress-text").contains(" of "));
        String early = text("progress-text");
        wait.until(driver -> filesDone(text("progress-text")) > filesDone(early) + 3);
        assertTrue(
                browser.findElement(By.id("bar-fill")).getDomAttribute("style").contains("width"));

        browser.findElement(By.id("cancel")).click();
        wait.until(
                driver -> text("state").equals("idle") && text("scan-message").contains("cancelled"));
        JsonNode last = daemon.getJson("/api/status").get("last_scans").get(0);
        assertEquals("interrupted", last.get("outcome").asText());
        assertTrue(last.get("files_seen").asInt() < COPIES + Cli.countAudioFiles(library.resolve("sample")));

        daemon.post("/api/scans", "{\"roots\": [\"" + library.resolve("sample") + "\"]}");
        JsonNode status = daemon.awaitIdleAfter(2);
        assertEquals("completed", status.get("last_scans").get(0).get("outcome").asText());
        JsonNode file = withPassages();
        browser.get(daemon.uri("/#/file/" + file.get("id").asLong()).toString());
        wait.until(driver -> driver.findElements(By.cssSelector("#timeline svg rect.passage"))
                        .size()
                == file.get("passages").size());
        wait.until(driver ->
                !driver.findElements(By.cssSelector("#file-similar a")).isEmpty());
        assertTrue(
                !browser.findElements(By.cssSelector("#timeline svg polyline.level"))
                        .isEmpty(),
                "the envelope");
        assertTrue(text("file-path").endsWith(file.get("path").asText()));

        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser), "no console errors");
    }

    private String text(String id) {
        WebElement element = browser.findElement(By.id(id));
        return element.getText().strip();
    }

    private static int filesDone(String progress) {
        String[] words = progress.split(" · ", -1);
        return words.length < 2 ? -1 : Integer.parseInt(words[1].split(" ", -1)[0]);
    }

    /** An imported sample file with passages, as the API shows it. */
    private JsonNode withPassages() throws Exception {
        for (JsonNode item :
                daemon.getJson("/api/files?status=imported&q=sample&limit=100").get("items")) {
            JsonNode file = daemon.getJson("/api/files/" + item.get("id").asLong());
            if (file.get("passages").size() > 0 && file.get("duplicate_of").isNull()) {
                return file;
            }
        }
        throw new AssertionError("no sample file has passages");
    }
}
