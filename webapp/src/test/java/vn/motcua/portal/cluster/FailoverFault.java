package vn.motcua.portal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import vn.motcua.testkit.Browser;

/**
 * Failover (issue 13), against a running {@code motcua.sh cluster}: a counter officer, through the load balancer, is
 * half way through receiving a dossier (applicant looked up, procedure chosen, documents ticked, applicant and form
 * typed); the instance serving them is killed; the press on "receive" is served by the other instance from the
 * replicated session, and the dossier holds exactly what was typed. Prints its figures. Never part of
 * {@code mvn verify}: run with {@code server-config/fault-tests.sh}.
 */
class FailoverFault {

    @Test
    void anOfficerHalfWayThroughAReceiptLosesNothingWhenTheirInstanceDies() throws Exception {
        String password = ClusterUnderTest.officerPassword(CounterSteps.OFFICER);
        String idNumber = "0791" + String.format("%08d", System.nanoTime() % 100_000_000);
        String name = "Trần Văn Chuyển " + idNumber.substring(8);
        try (Browser browser = Browser.open(ClusterUnderTest.balanced())) {
            browser.logIn(CounterSteps.OFFICER, password);
            CounterSteps.startReceipt(browser, idNumber);
            CounterSteps.typeApplicantAndForm(browser, name);
            String before = CounterSteps.node(browser);
            assertThat(before).isIn("n1", "n2");
            int victim = before.equals("n1") ? 1 : 2;

            long killedAt = System.nanoTime();
            assertThat(ClusterUnderTest.script("kill", String.valueOf(victim))).isZero();
            String code = CounterSteps.receive(browser);
            double seconds = (System.nanoTime() - killedAt) / 1e9;
            String after = CounterSteps.node(browser);
            browser.screenshot("cluster-failover-received");

            String storedName;
            String storedForm;
            try (Connection db = ClusterUnderTest.database();
                    var query = db.prepareStatement("SELECT a.name, d.form_data FROM dossier d"
                            + " JOIN applicant a ON a.id = d.applicant_id WHERE a.id_number = ?")) {
                query.setString(1, idNumber);
                var rows = query.executeQuery();
                assertThat(rows.next()).as("the dossier is stored").isTrue();
                storedName = rows.getString(1);
                storedForm = rows.getString(2);
                assertThat(rows.next()).as("exactly one dossier").isFalse();
            }
            System.out.printf(
                    "%nFAILOVER  served by %s before the kill, by %s after; instance %d killed; the press on 'receive'"
                            + " answered %.1f s after the kill; dossier %s; applicant stored as \"%s\"; form %s%n%n",
                    before, after, victim, seconds, code, storedName, storedForm);
            assertThat(after).isNotEqualTo(before);
            assertThat(storedName).isEqualTo(name);
            assertThat(storedForm).contains("Cơ sở in " + name);
        } finally {
            ClusterUnderTest.script("restart", "1");
            ClusterUnderTest.script("restart", "2");
        }
    }
}
