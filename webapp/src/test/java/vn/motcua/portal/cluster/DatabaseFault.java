package vn.motcua.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.Browser;

/**
 * The database goes away under a running {@code motcua.sh cluster}: a counter officer presses "receive" while the H2
 * server is stopped and reads the Vietnamese "try again" message on the same page, with what they typed still there
 * and nothing stored; the H2 server comes back, the same press (no reload, no restart of anything) receives the
 * dossier once. Prints its figures. Never part of {@code mvn verify}: run with {@code server-config/fault-tests.sh}.
 */
class DatabaseFault {

    @Test
    void whileTheDatabaseIsDownTheOfficerIsToldToTryAgainAndNothingIsHalfSaved() throws Exception {
        String password = ClusterUnderTest.officerPassword(CounterSteps.OFFICER);
        String idNumber = "0792" + String.format("%08d", System.nanoTime() % 100_000_000);
        String name = "Lê Thị Chờ " + idNumber.substring(8);
        try (Browser browser = Browser.open(ClusterUnderTest.balanced())) {
            browser.logIn(CounterSteps.OFFICER, password);
            CounterSteps.startReceipt(browser, idNumber);
            CounterSteps.typeApplicantAndForm(browser, name);

            assertThat(ClusterUnderTest.script("db-stop")).isZero();
            long stopped = System.nanoTime();
            String message;
            try {
                browser.press("receive:receive");
                browser.waitForText("không kết nối được cơ sở dữ liệu");
                message = browser.pageText()
                        .lines()
                        .filter(l -> l.contains("không kết nối được cơ sở dữ liệu"))
                        .findFirst()
                        .orElseThrow();
                browser.screenshot("cluster-database-down");
                assertThat(browser.pageText()).doesNotContain("Exception", "Đã xảy ra lỗi");
                assertThat(browser.driver()
                                .findElement(org.openqa.selenium.By.id("receive:name"))
                                .getAttribute("value"))
                        .as("what was typed is still there")
                        .isEqualTo(name);
            } finally {
                assertThat(ClusterUnderTest.script("db-start")).isZero();
            }
            double down = (System.nanoTime() - stopped) / 1e9;
            try (Connection db = ClusterUnderTest.database();
                    var count = db.prepareStatement("SELECT COUNT(*) FROM dossier d JOIN applicant a"
                            + " ON a.id = d.applicant_id WHERE a.id_number = ?")) {
                count.setString(1, idNumber);
                var rows = count.executeQuery();
                rows.next();
                assertThat(rows.getInt(1))
                        .as("nothing stored while the database was down")
                        .isZero();
            }

            long back = System.nanoTime();
            String code = CounterSteps.receive(browser);
            double retry = (System.nanoTime() - back) / 1e9;
            int stored;
            try (Connection db = ClusterUnderTest.database();
                    var count = db.prepareStatement("SELECT COUNT(*) FROM dossier d JOIN applicant a"
                            + " ON a.id = d.applicant_id WHERE a.id_number = ? AND a.name = ?")) {
                count.setString(1, idNumber);
                count.setString(2, name);
                var rows = count.executeQuery();
                rows.next();
                stored = rows.getInt(1);
            }
            System.out.printf(
                    "%nDATABASE  while down (%.1f s): \"%s\"; typed values kept, 0 dossiers stored; after db-start the"
                            + " same press received %s in %.1f s (pool recovered, nothing restarted); dossiers stored: %d%n%n",
                    down, message, code, retry, stored);
            assertThat(stored).isEqualTo(1);
        }
    }
}
