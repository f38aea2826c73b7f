package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.dossier.worklist.boundary.DossierRow;
import vn.motcua.dossier.worklist.boundary.DossierSearch;
import vn.motcua.dossier.worklist.boundary.Worklist;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.spi.DomainException;

/**
 * The officer's worklists against the real database: another department's dossiers stay out of sight (lists, search
 * and the dossier itself), and a page of a worklist costs the same few queries whatever its size.
 */
@ExtendWith(ArquillianExtension.class)
class DossierSearchIT {

    private static final long COUNTER_TTTT = 200; // Sở Thông tin và Truyền thông (110)
    private static final long COUNTER_LDTBXH = 201; // Sở Lao động - Thương binh và Xã hội (120)

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    DossierSearch search;

    @Inject
    TestDossiers dossiers;

    @Inject
    TestOfficers officers;

    @Resource(lookup = "jdbc/motcua")
    DataSource dataSource;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void anOfficerSeesOnlyDossiersTheirAgenciesHaveHeld() {
        long n = System.nanoTime() % 100_000;
        var press = dossiers.receiveAsCounter("Nguyễn Văn Báo " + n, "0010900" + pad(n), 1, COUNTER_TTTT);
        var welfare = dossiers.receiveAsCounter("Trần Thị Xã Hội " + n, "0010901" + pad(n), 8, COUNTER_LDTBXH);

        signIn("truongphong.tttt." + n, "DIVISION_HEAD", 110L);
        assertThat(codes(Worklist.TO_ASSIGN, Map.of())).contains(press.code()).doesNotContain(welfare.code());
        assertThat(codes(Worklist.ALL, Map.of("code", welfare.code()))).isEmpty();
        assertThat(codes(Worklist.ALL, Map.of("applicant", "Trần Thị Xã Hội " + n)))
                .isEmpty();
        assertThat(search.find(press.id()).dossier().getCode()).isEqualTo(press.code());
        assertThatThrownBy(() -> search.find(welfare.id()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dossier.notFound"));
        logout();

        signIn("truongphong.ldtbxh." + n, "DIVISION_HEAD", 120L);
        assertThat(codes(Worklist.TO_ASSIGN, Map.of())).contains(welfare.code()).doesNotContain(press.code());
        assertThat(codes(Worklist.ALL, Map.of("idNumber", "0010901" + pad(n)))).containsExactly(welfare.code());
    }

    @Test
    void anAdministratorWithoutScopeSeesAndOpensDossiersOfEveryDepartment() {
        long n = System.nanoTime() % 100_000;
        var welfare = dossiers.receiveAsCounter("Lê Thị Toàn Tỉnh " + n, "0010902" + pad(n), 8, COUNTER_LDTBXH);

        signIn("quantri.toantinh." + n, "ADMIN", 100L);
        assertThat(codes(Worklist.ALL, Map.of("code", welfare.code()))).containsExactly(welfare.code());
        assertThat(search.find(welfare.id()).dossier().getCode()).isEqualTo(welfare.code());
    }

    @Test
    void aPageOfAWorklistCostsTheSameQueriesWhateverItsSize() throws Exception {
        long n = System.nanoTime() % 100_000;
        for (int i = 0; i < 22; i++) {
            dossiers.receiveAsCounter(
                    "Người nộp " + n + " số " + i, "00109" + pad(n) + String.format("%02d", i), 1, COUNTER_TTTT);
        }
        signIn("truongphong.dem." + n, "DIVISION_HEAD", 110L);
        showPage(5); // warm-up: the realm's, the scope's and the calendar's own lookups

        long forFive = queriesWhile(() -> assertThat(showPage(5)).isEqualTo(5));
        long forTwenty = queriesWhile(() -> assertThat(showPage(20)).isEqualTo(20));

        assertThat(forTwenty)
                .as("queries for 20 rows (applicant, procedure, agency and officer in batches, not per row)")
                .isEqualTo(forFive)
                .isLessThanOrEqualTo(8);
    }

    private List<String> codes(Worklist list, Map<String, Object> filters) {
        return search.page(list, new PageRequest(0, 200, null, true, filters)).rows().stream()
                .map(DossierRow::code)
                .toList();
    }

    /** Reads what a worklist line shows, for the first page. */
    private int showPage(int size) {
        var page = search.page(Worklist.TO_ASSIGN, PageRequest.of(0, size));
        StringBuilder shown = new StringBuilder();
        for (DossierRow row : page.rows()) {
            shown.append(row.code())
                    .append(row.applicantName())
                    .append(row.procedureName())
                    .append(row.agencyName());
        }
        assertThat(shown).isNotEmpty();
        return page.rows().size();
    }

    /** Counts the SQL statements on dossier and related tables that H2 executed meanwhile. */
    private long queriesWhile(Runnable action) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS FALSE");
            s.execute("SET QUERY_STATISTICS TRUE");
            action.run();
            long executed = 0;
            try (ResultSet rs =
                    s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rs.next()) {
                    String sql = rs.getString(1).toLowerCase();
                    if (!sql.contains("query_statistics")
                            && (sql.contains("dossier")
                                    || sql.contains("applicant")
                                    || sql.contains("procedure_version")
                                    || sql.contains("agency")
                                    || sql.contains("officer"))) {
                        executed += rs.getLong(2);
                    }
                }
            }
            s.execute("SET QUERY_STATISTICS FALSE");
            return executed;
        }
    }

    private static String pad(long n) {
        return String.format("%05d", n % 100_000);
    }

    private void signIn(String username, String roleCode, long agencyId) {
        String password = officers.create(username, roleCode, agencyId);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }
}
