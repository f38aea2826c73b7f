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
import vn.motcua.dossier.worklist.boundary.DossierReader;
import vn.motcua.dossier.worklist.boundary.DossierRow;
import vn.motcua.dossier.worklist.boundary.DossierSearch;
import vn.motcua.dossier.worklist.boundary.Worklist;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;

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
    DossierReader reader;

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
        assertThat(reader.find(press.id()).dossier().getCode()).isEqualTo(press.code());
        assertThatThrownBy(() -> reader.find(welfare.id()))
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
        assertThat(reader.find(welfare.id()).dossier().getCode()).isEqualTo(welfare.code());
    }

    @Test
    void everyDossierHeldInScopeInDueOrderWhateverFormTheScopeTakes() {
        long n = System.nanoTime() % 100_000;
        var press = dossiers.receiveAsCounter("Phạm Văn Hạn " + n, "0010903" + pad(n), 1, COUNTER_TTTT);
        var welfare = dossiers.receiveAsCounter("Đỗ Thị Hạn " + n, "0010904" + pad(n), 8, COUNTER_LDTBXH);

        signIn("truongphong.thutu." + n, "DIVISION_HEAD", 110L);
        long total = search.count(Worklist.ALL, PageRequest.of(0, 1));
        // The list counted to its cap: the page says the same, and the scope's form (found through dossier_agency up
        // to the cap, walked in due order past it) gives the same rows in the same order.
        var first = search.page(Worklist.ALL, PageRequest.of(0, 200));
        assertThat(first.total()).isEqualTo(total);
        assertThat(search.page(Worklist.ALL, PageRequest.of(0, 200), DossierSearch.COUNT_CAP + 1L)
                        .rows())
                .isEqualTo(first.rows());
        assertDueOrder(first.rows());
        List<String> all = everyCode(Worklist.ALL, Map.of());
        assertThat(all).contains(press.code()).doesNotContain(welfare.code()).doesNotHaveDuplicates();
        if (total <= DossierSearch.COUNT_CAP) {
            assertThat(all).hasSize((int) total);
        }

        // A search that fixes the state is ordered by the state first: the same order.
        var received = search.page(Worklist.ALL, new PageRequest(0, 200, null, true, Map.of("state", "RECEIVED")));
        assertThat(received.rows()).allMatch(r -> r.state() == DossierState.RECEIVED);
        assertThat(received.rows()).extracting(DossierRow::code).contains(press.code());
        assertDueOrder(received.rows());
        assertThat(search.count(Worklist.ALL, new PageRequest(0, 1, null, true, Map.of("state", "RECEIVED"))))
                .isEqualTo(received.total());
        // Sorted the other way by due date, still stable (the id breaks ties) and the same set.
        var descending =
                search.page(Worklist.ALL, new PageRequest(0, 200, "dueAt", false, Map.of("state", "RECEIVED")));
        assertThat(descending.rows())
                .extracting(DossierRow::id)
                .containsExactlyInAnyOrderElementsOf(
                        received.rows().stream().map(DossierRow::id).toList());
    }

    /** Due date ascending, those without one first (H2's order of nulls), then the id. */
    private static void assertDueOrder(List<DossierRow> rows) {
        for (int i = 1; i < rows.size(); i++) {
            DossierRow a = rows.get(i - 1);
            DossierRow b = rows.get(i);
            int byDue = a.dueAt() == null
                    ? (b.dueAt() == null ? 0 : -1)
                    : (b.dueAt() == null ? 1 : a.dueAt().compareTo(b.dueAt()));
            assertThat(byDue < 0 || (byDue == 0 && a.id() < b.id()))
                    .as("%s (%s) before %s (%s)", a.code(), a.dueAt(), b.code(), b.dueAt())
                    .isTrue();
        }
    }

    /** Every code of a list, page after page of 200. */
    private List<String> everyCode(Worklist list, Map<String, Object> filters) {
        var codes = new java.util.ArrayList<String>();
        for (int first = 0; ; first += 200) {
            var rows = search.page(list, new PageRequest(first, 200, null, true, filters))
                    .rows();
            rows.forEach(r -> codes.add(r.code()));
            if (rows.size() < 200 || first >= DossierSearch.COUNT_CAP) {
                return codes;
            }
        }
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

    @Test
    void theTabCountsAreKeptUntilADossierChangesAndFollowEveryChange() throws Exception {
        long n = System.nanoTime() % 100_000;
        dossiers.receiveAsCounter("Hoàng Văn Đếm " + n, "0010906" + pad(n), 1, COUNTER_TTTT);
        String head = "truongphong.nhan." + n;
        signIn(head, "DIVISION_HEAD", 110L);
        Map<Worklist, Long> before = search.counts();
        assertThat(before.get(Worklist.TO_ASSIGN)).isPositive();
        assertThat(dossierQueriesWhile(() -> assertThat(search.counts()).isEqualTo(before)))
                .as("statements on dossier tables for the tab labels again, no dossier changed meanwhile")
                .isZero();
        assertThat(dossierQueriesWhile(() -> assertThat(search.count(Worklist.ALL, PageRequest.of(0, 20)))
                        .isEqualTo(before.get(Worklist.ALL))))
                .as("the unfiltered table's count is the tab's")
                .isZero();
        logout();

        // A receipt committed: the counts follow at once on this server, and the version row moved for the others.
        long version = countsVersion();
        var received = dossiers.receiveAsCounter("Hoàng Thị Đếm " + n, "0010907" + pad(n), 1, COUNTER_TTTT);
        assertThat(countsVersion())
                .as("the worklist counts' version row, bumped after the commit")
                .isGreaterThan(version);
        signIn(head, "DIVISION_HEAD", 110L);
        Map<Worklist, Long> afterReceipt = search.counts();
        assertThat(afterReceipt.get(Worklist.TO_ASSIGN)).isEqualTo(plusOne(before.get(Worklist.TO_ASSIGN)));
        assertThat(afterReceipt.get(Worklist.ALL)).isEqualTo(plusOne(before.get(Worklist.ALL)));
        // The same as counting with a filter that every dossier passes (never kept).
        var everyDay = Map.<String, Object>of("receivedFrom", java.time.LocalDate.of(2000, 1, 1));
        assertThat(search.count(Worklist.TO_ASSIGN, new PageRequest(0, 20, null, true, everyDay)))
                .isEqualTo(afterReceipt.get(Worklist.TO_ASSIGN));
        logout();

        // Assigned to a processing officer: out of "to assign", and the processor's own list counts it.
        String processor = "chuyenvien.dem." + n;
        dossiers.assign(received.id(), 110L, head, processor, false);
        signIn(head, "DIVISION_HEAD", 110L);
        assertThat(search.counts().get(Worklist.TO_ASSIGN)).isEqualTo(before.get(Worklist.TO_ASSIGN));
        logout();
        SecurityUtils.getSubject()
                .login(new UsernamePasswordToken(processor, officers.create(processor, "PROCESSING_OFFICER", 110L)));
        assertThat(search.counts().get(Worklist.MINE)).isEqualTo(1L);
    }

    private long countsVersion() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT version FROM cache_version WHERE name = 'worklist-counts'")) {
            assertThat(rs.next()).isTrue();
            return rs.getLong(1);
        }
    }

    private static long plusOne(long count) {
        return Math.min(count + 1, DossierSearch.COUNT_CAP + 1L);
    }

    /** Statements on the dossier tables (not the cache's version row) that H2 executed meanwhile. */
    private long dossierQueriesWhile(Runnable action) throws Exception {
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
                    if (!sql.contains("query_statistics") && sql.contains("dossier")) {
                        executed += rs.getLong(2);
                    }
                }
            }
            s.execute("SET QUERY_STATISTICS FALSE");
            return executed;
        }
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
