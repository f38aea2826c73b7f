package vn.motcua.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Chromium sessions behind {@link Browser}s. Starting Chromium and its driver costs a second or more on a busy
 * machine, once per test class and per second browser a test opens: a closed browser's session is wiped instead (no
 * cookie, so no portal session; no web storage; no screen emulation; a blank page; one window) and kept for the next
 * browser to open. At most {@value #KEPT} are kept; they are quit when the JVM ends. A session that cannot be wiped
 * is quit.
 */
final class ChromiumSessions {

    private static final String CHROMIUM = System.getProperty("motcua.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("motcua.chromedriver", "/usr/bin/chromedriver");
    private static final int KEPT = 2;

    /** One Chromium with its driver and its own profile folder (downloads go in there too). */
    record Session(ChromeDriver driver, Path profile) {}

    private static final Deque<Session> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Session session = IDLE.poll(); session != null; session = IDLE.poll()) {
                quit(session);
            }
        }));
    }

    private ChromiumSessions() {}

    /** A wiped idle session, or a new one. */
    static Session take() {
        Session idle = IDLE.poll();
        return idle != null ? idle : start();
    }

    /** Wipes the session and keeps it for the next browser, or quits it. */
    static void giveBack(Session session) {
        if (IDLE.size() < KEPT && wipe(session)) {
            IDLE.push(session);
        } else {
            quit(session);
        }
    }

    private static Session start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("motcua-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=vi",
                "--window-size=1366,1000",
                "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile())
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Session(driver, profile);
    }

    private static boolean wipe(Session session) {
        ChromeDriver driver = session.driver();
        try {
            try {
                driver.switchTo().alert().dismiss();
            } catch (NoAlertPresentException none) {
                // the usual case
            }
            List<String> windows = new ArrayList<>(driver.getWindowHandles());
            for (String window : windows.subList(1, windows.size())) {
                driver.switchTo().window(window).close();
            }
            driver.switchTo().window(windows.get(0));
            // The page's origin is the portal's: its web storage goes with the session (cookies below).
            driver.executeScript("try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}");
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "default"));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void quit(Session session) {
        try {
            session.driver().quit();
        } catch (RuntimeException ignored) {
            // already gone
        } finally {
            try (var files = Files.walk(session.profile())) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
