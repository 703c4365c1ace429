package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A real browser for the web page's tests: Debian's chromium, headless, driven by Selenium through Debian's
 * chromedriver (named explicitly, so that Selenium Manager never tries to download one), with its console kept.
 */
final class HeadlessChromium {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** A new browser whose profile and driver log live in {@code dir}. */
    static ChromeDriver start(Path dir) throws Exception {
        assertTrue(
                Files.isExecutable(CHROMEDRIVER),
                "the browser tests need Debian's chromium and chromium-driver: ./run-tests installs them");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(CHROMEDRIVER.toFile())
                        .withLogFile(dir.resolve("chromedriver.log").toFile())
                        .build(),
                options);
    }

    /**
     * The errors the browser's console logged since the last call (the driver hands each entry over once):
     * uncaught exceptions and rejections, and resources that failed to load.
     */
    static List<LogEntry> consoleErrors(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
    }
}
