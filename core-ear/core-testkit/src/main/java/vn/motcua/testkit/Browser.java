package vn.motcua.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (never a downloaded browser), without cookies at open (a
 * new visitor: the Chromium of an earlier, closed browser is reused, wiped, see {@link ChromiumSessions}), and small
 * verbs that read like what an officer does: open a page, type, press, read.
 */
public final class Browser implements AutoCloseable {

    /**
     * How often a wait looks again. Selenium's default of 500 ms made every press, Ajax update and page load cost half
     * a second on average past the moment it was done; a look is one small script in the browser.
     */
    private static final Duration POLL = Duration.ofMillis(50);

    /**
     * A plain submit button (not a PrimeFaces Ajax one): pressing it loads a new page. Under the portal's
     * Content-Security-Policy PrimeFaces writes no {@code onclick} attribute: it registers the handler from a script
     * and marks an Ajax one with {@code data-ajax="true"}. A button with a {@code <p:confirm>} only opens the
     * confirmation dialog ({@code data-pfconfirmcommand} holds what its "yes" runs).
     */
    private static final String SUBMITS_PAGE = "var b = arguments[0], click = b.getAttribute('onclick') || '';"
            + " window.motcuaOldPage = true; return !!b.form && b.type === 'submit' && click.indexOf('PrimeFaces.ab') < 0"
            + " && click.indexOf('return false') < 0 && b.getAttribute('data-ajax') !== 'true'"
            + " && !b.hasAttribute('data-pfconfirmcommand');";

    private final WebDriver driver;
    private final Path profile;
    private final URL base;

    private final ChromiumSessions.Session session;

    private Browser(URL base) {
        this.base = base;
        this.session = ChromiumSessions.take();
        this.driver = session.driver();
        this.profile = session.profile();
    }

    /** A new browser whose relative paths resolve against the deployed portal's URL. */
    public static Browser open(URL portal) {
        return new Browser(portal);
    }

    public Browser go(String relativePath) {
        driver.get(base.toExternalForm().replaceAll("/$", "") + "/" + relativePath.replaceFirst("^/", ""));
        return this;
    }

    public Browser type(String id, String text) {
        WebElement field = visible(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks and, for a full-page submit, waits until the new page has loaded. */
    public Browser press(String id) {
        WebElement button = visible(id);
        script("arguments[0].scrollIntoView({block: 'center'})", button);
        boolean submitsPage = Boolean.TRUE.equals(script(SUBMITS_PAGE, button));
        button.click();
        if (submitsPage) {
            // The click only schedules the form's submission: the old page may still read "complete" for a moment,
            // so wait until the window holds a new document (the mark set before the click is gone).
            new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
                    .ignoring(WebDriverException.class)
                    .until(d -> !Boolean.TRUE.equals(script("return window.motcuaOldPage === true")));
        }
        waitForPage();
        return this;
    }

    /**
     * Presses a button that answers with a file (e.g. an Excel export) and waits for the file: the browser saves it
     * in a fresh folder and this returns its path. The page itself stays where it is.
     */
    public Path download(String id, String suffix) {
        Path folder;
        try {
            folder = Files.createTempDirectory(profile, "downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ((ChromeDriver) driver)
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        java.util.Map.of("behavior", "allow", "downloadPath", folder.toString()));
        WebElement button = visible(id);
        script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        // Chromium may show the final name before the bytes are in: done when nothing is partial and the file has
        // bytes.
        return new WebDriverWait(driver, Duration.ofSeconds(30), POLL).until(d -> {
            try (var files = Files.list(folder)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"))) {
                    return null;
                }
                for (Path file : all) {
                    if (file.toString().endsWith(suffix) && Files.size(file) > 0) {
                        return file;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /**
     * A GET outside the page as this browser's signed-in user (a printed form, an export, a page another officer must
     * not see): the answer whatever its status, sent with the browser's session cookie when it has one. {@code href}
     * is absolute, or relative to the portal.
     */
    public HttpResponse<byte[]> get(String href) {
        URI uri = href.matches("^[a-z]+://.*")
                ? URI.create(href)
                : URI.create(base.toExternalForm().replaceAll("/$", "") + "/" + href.replaceAll("^/", ""));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        if (session != null) {
            request.header("Cookie", session.getName() + "=" + session.getValue());
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String text(String id) {
        return visible(id).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().replace(base.toExternalForm().replaceAll("/$", ""), "");
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public WebElement visible(String id) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20), POLL)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw new AssertionError(id + " never became visible; the page says:\n" + pageText(), e);
        }
    }

    /** Waits until some text appears on the page (after an Ajax update). */
    public Browser waitForText(String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(20), POLL)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw new AssertionError("\"" + text + "\" did not appear; the page says:\n" + pageText(), e);
        }
        return this;
    }

    /** Waits until the page has loaded and no PrimeFaces Ajax request is pending (after a scripted action). */
    public Browser settle() {
        waitForPage();
        return this;
    }

    /** Logs in on the portal's login page (and lands where the portal sends the user). */
    public Browser logIn(String username, String password) {
        return go("login.xhtml")
                .type("login:username", username)
                .type("login:password", password)
                .press("login:submit");
    }

    /** Presses "log out" in the officers' template. */
    public Browser logOut() {
        return press("session:logout");
    }

    /**
     * Picks the option of a PrimeFaces selectOneMenu whose label is {@code label} (or, if none is, the first that
     * starts with it, then the first that contains it: "2.000286" must not pick "K41892.000286"); the 'change' event
     * makes PrimeFaces submit it as a click would (its own selectValue is silent).
     */
    public Browser choose(String menuId, String label) {
        script(
                "var w = PF(arguments[0]); var opts = Array.from(w.input[0].options);"
                        + " var o = opts.find(o => o.text === arguments[1]) || opts.find(o => o.text.startsWith(arguments[1]))"
                        + " || opts.find(o => o.text.includes(arguments[1]));"
                        + " w.selectValue(o.value); w.input.trigger('change');",
                "widget_" + menuId.replace(':', '_'),
                label);
        return settle();
    }

    /**
     * Makes the page's viewport exactly {@code width} × {@code height} CSS pixels (an office laptop is 1366 × 768, a
     * phone 390 × 844), as the screen of that size would show it; pages opened later keep it.
     */
    public Browser viewport(int width, int height) {
        ((org.openqa.selenium.chromium.ChromiumDriver) driver)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        java.util.Map.of(
                                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        return settle();
    }

    /** Whether the element is wholly inside the viewport (a user can see and press it without scrolling the page). */
    public boolean inViewport(String id) {
        return Boolean.TRUE.equals(script(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.left >= 0"
                        + " && r.bottom <= window.innerHeight && r.right <= window.innerWidth;",
                visible(id)));
    }

    /** How many CSS pixels the page is wider than the viewport (0: no sideways scrolling). */
    public long horizontalOverflow() {
        Object overflow = script(
                "return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)");
        return ((Number) overflow).longValue();
    }

    /** axe-core's script, from its WebJar on the test classpath. */
    private static final String AXE = readAxe();

    private static String readAxe() {
        String path = "META-INF/resources/webjars/axe-core/" + System.getProperty("motcua.axe.version", "4.6.3")
                + "/axe.min.js";
        try (var in = Browser.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath: " + path);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core on the page against WCAG 2.0/2.1 A and AA and answers its violations of at least {@code serious}
     * impact, one line each: rule, impact, how many elements, the first elements' selectors and the rule's help.
     */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(AXE);
        }
        Object result = ((JavascriptExecutor) driver)
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                        + " resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations"
                        + ".filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                        + ".map(function (v) { return v.id + ' (' + v.impact + ', ' + v.nodes.length + '): '"
                        + " + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ')"
                        + " + ' — ' + v.help; })); })"
                        + ".catch(function (e) { done(['axe failed: ' + e]); });");
        return result == null ? List.of() : List.copyOf((List<String>) result);
    }

    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves a screenshot under target/browser for a person to look at. */
    public void screenshot(String name) {
        try {
            Files.write(artifact(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where a browser test keeps a file for a person to look at (screenshots, a printed PDF): {@code name} in
     * target/browser (system property {@code motcua.browser.artifacts}), the folder created.
     */
    public static Path artifact(String name) {
        Path dir = Path.of(System.getProperty("motcua.browser.artifacts", "target/browser"));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(name);
    }

    private void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30), POLL)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                        && Boolean.TRUE.equals(((JavascriptExecutor) d)
                                .executeScript("return !window.PrimeFaces || !PrimeFaces.ajax"
                                        + " || PrimeFaces.ajax.Queue.isEmpty()")));
    }

    /** Ends this browser: its Chromium is wiped and kept for the next one (see {@link ChromiumSessions}). */
    @Override
    public void close() {
        ChromiumSessions.giveBack(session);
    }
}
