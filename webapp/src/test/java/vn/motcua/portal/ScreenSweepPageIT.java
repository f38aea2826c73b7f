package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import vn.motcua.testkit.Browser;

/**
 * Every menu page and a dossier's page, for every standard role, at 1366 × 768 (an office laptop); the public pages at
 * 390 px (a phone); then the pages officers use on their other screens, at 1280 × 1024 and 390 × 844. Each page opens without an error page, without sideways scrolling and without a WCAG 2.1 AA violation of
 * serious or critical impact (axe-core) other than the known ones listed in axe-known-violations.txt; a screenshot of
 * each is kept in target/browser/sweep-*, and every violation found is listed in target/browser/axe-sweep.txt.
 */
class ScreenSweepPageIT extends DossierScreenJourney {

    private static final long N = System.nanoTime() % 100_000;

    /** A dossier of the Department of Information and Communications (110), received once for the whole sweep. */
    private static String dossierId;

    /**
     * Violations known and not yet fixed ({@code page rule} per line, {@code * rule} for every page, in
     * axe-known-violations.txt): listed so that the
     * sweep stops any new one; each is an open item of the accessibility work, to be removed when fixed.
     */
    private static final java.util.Set<String> KNOWN = known();

    private static java.util.Set<String> known() {
        try (var in = ScreenSweepPageIT.class.getResourceAsStream("/axe-known-violations.txt")) {
            if (in == null) {
                return java.util.Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @Order(1)
    @CsvSource({"ADMIN, 100", "COUNTER_OFFICER, 110", "DIVISION_HEAD, 110", "PROCESSING_OFFICER, 110", "LEADER, 110"})
    void everyMenuPageOfTheRoleOpensCleanlyOnAnOfficeLaptop(String role, long agency) {
        String username = "quet." + role.toLowerCase().replace('_', '.') + N;
        browser().driver().manage().deleteAllCookies();
        browser().viewport(1366, 768);
        browser().logIn(username, FixtureServlet.officer(portal, username, role, agency));
        browser().waitForText("Đăng xuất");
        @SuppressWarnings("unchecked")
        List<String> pages = (List<String>) browser()
                .script("return Array.from(document.querySelectorAll('.mc-menu a[href]'))"
                        + ".map(a => a.getAttribute('href')).filter(h => h && h.indexOf('#') !== 0)");
        assertThat(pages).as("menu of %s", role).isNotEmpty();
        String context = portal.getPath().replaceAll("/$", "");
        var problems = new ArrayList<String>();
        for (String href : pages.stream().distinct().toList()) {
            String page = href.startsWith(context) ? href.substring(context.length()) : href;
            problems.addAll(check(role, page));
        }
        problems.addAll(check(role, dossierPage()));
        browser().logOut();
        assertThat(problems).as("pages of %s", role).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @Order(2)
    @CsvSource({
        "'', front",
        "public/procedure.xhtml?code=1.004652, procedure",
        "public/submit.xhtml, submit",
        "public/lookup.xhtml, lookup",
        "public/kiosk.xhtml, kiosk",
        "login.xhtml, login"
    })
    void everyPublicPageOpensCleanlyOnAPhone(String page, String name) {
        browser().driver().manage().deleteAllCookies();
        browser().viewport(390, 844);
        assertThat(check("public-390", page == null ? "" : page)).isEmpty();
        if (!name.equals("kiosk")) {
            // Online submission is reachable from every public page but the kiosk's (issue 14, defect 9).
            assertThat(browser().driver().findElements(By.cssSelector("a[href*='/public/submit.xhtml']")))
                    .as("links to online submission on %s", name)
                    .isNotEmpty();
        }
    }

    /**
     * The pages officers use on other screens: an office monitor of 1280 × 1024 (the counter, the worklist, a dossier,
     * the lists with the most columns) and a phone (a leader following the dashboard, the worklist and a dossier).
     * Fewer pages than at 1366: those that break first at such a size, with wide tables, filter bars and toolbars.
     */
    @ParameterizedTest(name = "{0} {2}x{3}")
    @Order(3)
    @CsvSource({
        "COUNTER_OFFICER, 110, 1280, 1024, counter/receive.xhtml work/dossiers.xhtml DOSSIER",
        "ADMIN, 100, 1280, 1024, admin/officers.xhtml admin/procedures.xhtml p/social-welfare/registry.xhtml"
                + " reports/register.xhtml",
        "LEADER, 110, 390, 844, index.xhtml work/dossiers.xhtml DOSSIER"
    })
    void thePagesUsedOnOtherScreensOpenCleanly(String role, long agency, int width, int height, String pages) {
        String username = "quet" + width + "." + role.toLowerCase().replace('_', '.') + N;
        browser().driver().manage().deleteAllCookies();
        browser().viewport(width, height);
        browser().logIn(username, FixtureServlet.officer(portal, username, role, agency));
        browser().waitForText("Đăng xuất");
        var problems = new ArrayList<String>();
        for (String page : pages.split(" ")) {
            problems.addAll(check(role + "-" + width, page.equals("DOSSIER") ? dossierPage() : page));
            if (width <= 640) {
                // On a phone the menu is one strip of links that scrolls sideways, not a list above the page.
                Number menu = (Number) browser()
                        .script("var m = document.getElementById('menu');"
                                + " return m ? m.getBoundingClientRect().height : 0;");
                if (menu.doubleValue() > 80) {
                    problems.add(page + ": the menu is " + menu.intValue() + " px high, not one strip");
                }
            }
        }
        browser().logOut();
        browser().viewport(1366, 768);
        assertThat(problems).as("pages of %s at %d x %d", role, width, height).isEmpty();
    }

    /** The page of the sweep's dossier (received at the first call). */
    private String dossierPage() {
        if (dossierId == null) {
            // Demo procedure 1 "Cấp giấy phép xuất bản bản tin", decided by agency 110, received at its counter 200.
            dossierId = DossierFixtureServlet.dossier(
                    portal, "Nguyễn Thị Quét Màn Hình " + N, "0019876" + String.format("%05d", N), 1, 200)[0];
        }
        return "work/dossier.xhtml?id=" + dossierId;
    }

    /** Opens the page and answers what is wrong with it (nothing: an empty list), after keeping a screenshot. */
    private List<String> check(String who, String page) {
        browser().go(page);
        browser().settle();
        String text = browser().pageText();
        String shot =
                "sweep-" + who.toLowerCase() + "-" + page.replaceAll("^/", "").replaceAll("[^A-Za-z0-9]+", "-");
        browser().screenshot(shot);
        var problems = new ArrayList<String>();
        if (text.contains("Đã xảy ra lỗi") || text.contains("Hệ thống gặp sự cố")) {
            problems.add(page + ": error page");
        }
        var key = RAW_PERMISSION.matcher(text);
        if (key.find()) {
            problems.add(page + ": a permission shown as its key, " + key.group());
        }
        @SuppressWarnings("unchecked")
        List<String> squeezed = (List<String>) browser().script(ONE_WORD_PER_LINE);
        squeezed.forEach(cell -> problems.add(page + ": a table cell wraps one word per line, \"" + cell + "\""));
        long overflow = browser().horizontalOverflow();
        if (overflow > 0) {
            problems.add(page + ": " + overflow + " px wider than the screen");
        }
        List<String> violations = browser().accessibilityViolations();
        record(who, page, violations);
        violations.stream()
                .filter(v -> !KNOWN.contains(page + " " + rule(v)) && !KNOWN.contains("* " + rule(v)))
                .forEach(v -> problems.add(page + ": " + v));
        return problems;
    }

    /** A permission as its key, e.g. "licensing:licence:view" (defect 13: the screens say what it allows, in words). */
    private static final java.util.regex.Pattern RAW_PERMISSION = java.util.regex.Pattern.compile(
            "(?<![\\w/.-])(dossier|catalog|directory|report|audit|scope|plugin|licensing|social-welfare"
                    + "|vehicle-registration):[a-z*]+(:[a-z*]+)?(?![\\w/])");

    /**
     * The visible table cells of three words or more laid out one word per line (defect 4: a name squeezed into a
     * column 51 px wide): the lines are the distinct tops of the text's line boxes.
     */
    private static final String ONE_WORD_PER_LINE = "return Array.from(document.querySelectorAll('td')).filter(td => {"
            + " if (!td.offsetParent) return false;"
            + " var words = td.innerText.trim().split(/\\s+/).filter(w => w.length > 1);"
            + " if (words.length < 3) return false;"
            + " var tops = new Set(), range = document.createRange();"
            + " var walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);"
            + " while (walker.nextNode()) { if (!walker.currentNode.textContent.trim()) continue;"
            + " range.selectNodeContents(walker.currentNode);"
            + " Array.from(range.getClientRects()).forEach(r => { if (r.width > 0) tops.add(Math.round(r.top)); }); }"
            + " return tops.size >= words.length; }).map(td => td.innerText.trim().slice(0, 60));";

    private static String rule(String violation) {
        return violation.substring(0, violation.indexOf(' '));
    }

    private static void record(String who, String page, List<String> violations) {
        var lines = new ArrayList<String>();
        lines.add(who + " " + page + ": " + (violations.isEmpty() ? "no violation" : violations.size() + " rule(s)"));
        violations.forEach(v -> lines.add("    " + v));
        try {
            Files.write(
                    Browser.artifact("axe-sweep.txt"),
                    lines,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
