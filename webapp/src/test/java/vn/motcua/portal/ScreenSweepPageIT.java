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
import vn.motcua.testkit.Browser;

/**
 * Every menu page, for every standard role, at 1366 × 768 (an office laptop); then the public pages at 390 px (a
 * phone). Each page opens without an error page, without sideways scrolling and without a WCAG 2.1 AA violation of
 * serious or critical impact (axe-core) other than the known ones listed in axe-known-violations.txt; a screenshot of
 * each is kept in target/browser/sweep-*, and every violation found is listed in target/browser/axe-sweep.txt.
 */
class ScreenSweepPageIT extends DossierScreenJourney {

    private static final long N = System.nanoTime() % 100_000;

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
