package vn.motcua.tools.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.platform.security.control.Passwords;
import vn.motcua.platform.text.SearchText;

/**
 * The generator on the real schema and demo province (the product's migrations in an in-memory H2): the rows obey
 * every constraint, histories match states, codes and counters agree, the distributions are the asked ones, the
 * benchmark officers can log in, and the bcp set has the same rows.
 */
class GenerateDataTest {

    private static final int DOSSIERS = 4000;
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 7, 11, 0);

    @TempDir
    static Path out;

    static Connection c;
    static String summary;

    @BeforeAll
    static void generate() throws Exception {
        String url = "jdbc:h2:mem:generator;DB_CLOSE_DELAY=-1";
        for (String set : new String[] {"core", "demo"}) {
            Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration/" + set)
                    .table("flyway_history_" + set)
                    .placeholderReplacement(false)
                    .baselineOnMigrate(set.equals("demo"))
                    .baselineVersion("0")
                    .load()
                    .migrate();
        }
        c = DriverManager.getConnection(url, "sa", "");
        c.setAutoCommit(false);
        // the secondary indexes dropped for the load and built after it (the riskier way; checked below)
        var options = new Generator.Options(DOSSIERS, 5, 42, NOW, Files.createDirectories(out.resolve("bcp")), true);
        summary = GenerateData.generate(c, options, out);
        System.out.println(summary);
    }

    @Test
    void the_indexes_dropped_for_the_load_are_there_again() throws Exception {
        for (String index : new String[] {
            "IX_DOSSIER_STATE_AGENCY_DUE", "IX_DOSSIER_ASSIGNEE_STATE", "IX_DOSSIER_APPLICANT", "IX_DOSSIER_RECEIVED"
        }) {
            assertThat(count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = '" + index + "'"))
                    .as(index)
                    .isEqualTo(1);
        }
    }

    @Test
    void every_dossier_history_ends_in_its_state_and_starts_at_position_0() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM dossier WHERE code LIKE '%-%-%'"))
                .isEqualTo(DOSSIERS);
        assertThat(count("SELECT COUNT(*) FROM dossier d WHERE d.state <> (SELECT h.to_state FROM hand_over h"
                        + " WHERE h.dossier_id = d.id AND h.position = (SELECT MAX(position) FROM hand_over"
                        + " WHERE dossier_id = d.id))"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM hand_over h"
                        + " WHERE h.dossier_id = d.id AND h.position = 0)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM hand_over WHERE handed_at > TIMESTAMP '2026-12-07 11:00:00'"))
                .isZero();
        // the current agency is one of those that have held it (the officers' scope)
        assertThat(count("SELECT COUNT(*) FROM dossier d WHERE NOT EXISTS (SELECT 1 FROM dossier_agency a"
                        + " WHERE a.dossier_id = d.id AND a.agency_id = d.current_agency_id)"))
                .isZero();
        // open, paused and closed columns agree with the state
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM dossier WHERE (state = 'SUPPLEMENT_REQUESTED') <> (paused_at IS NOT NULL)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM dossier WHERE state IN ('RETURNED', 'WITHDRAWN', 'NOT_ACCEPTED')"
                        + " AND closed_at IS NULL"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM dossier WHERE state = 'IN_PROCESS' AND assignee_id IS NULL"))
                .isZero();
    }

    @Test
    void every_agency_that_performs_a_procedure_gets_dossiers_with_their_route() throws Exception {
        // commune procedures are performed by every commune (agency kind 4): each decides some dossiers
        assertThat(count("SELECT COUNT(*) FROM agency a WHERE a.kind_id = 4 AND NOT EXISTS"
                        + " (SELECT 1 FROM dossier d WHERE d.deciding_agency_id = a.id)"))
                .isZero();
        // the service centre's desk receives for the departments
        assertThat(count("SELECT COUNT(*) FROM dossier d JOIN service_counter k ON k.id = d.counter_id"
                        + " WHERE k.agency_id <> d.deciding_agency_id"))
                .isPositive();
        // every step of every dossier has its agency; inter-agency dossiers (commune, then department) among them
        assertThat(count("SELECT COUNT(*) FROM dossier d WHERE (SELECT COUNT(*) FROM dossier_route r"
                        + " WHERE r.dossier_id = d.id) <> (SELECT COUNT(*) FROM process_step s"
                        + " WHERE s.procedure_version_id = d.procedure_version_id)"))
                .isZero();
        assertThat(count("SELECT COUNT(DISTINCT d.id) FROM dossier d JOIN dossier_route r ON r.dossier_id = d.id"
                        + " WHERE r.agency_id <> d.deciding_agency_id AND r.agency_id <> d.receiving_agency_id"
                        + " AND r.agency_id NOT IN (SELECT id FROM agency WHERE parent_id = d.deciding_agency_id)"))
                .isPositive();
    }

    @Test
    void counters_hold_the_last_number_of_each_agency_and_day() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM dossier d JOIN agency a ON a.id = d.receiving_agency_id"
                        + " WHERE NOT EXISTS (SELECT 1 FROM dossier_code_counter k WHERE k.agency_id = a.id"
                        + " AND d.code = CONCAT(a.code, '-', FORMATDATETIME(k.code_day, 'yyMMdd'), '-',"
                        + " LPAD(CAST(k.last_seq AS VARCHAR), 4, '0')))"
                        + " AND d.id = (SELECT MAX(e.id) FROM dossier e WHERE e.receiving_agency_id = d.receiving_agency_id"
                        + " AND SUBSTRING(e.code, 1, LENGTH(e.code) - 5) = SUBSTRING(d.code, 1, LENGTH(d.code) - 5))"))
                .isZero();
        // the next receipt of the portal continues above: sequences moved past the generated ids
        assertThat(count("SELECT NEXT VALUE FOR dossier_seq")).isGreaterThan(count("SELECT MAX(id) FROM dossier"));
        assertThat(count("SELECT NEXT VALUE FOR dossier_part_seq"))
                .isGreaterThan(count("SELECT MAX(id) FROM hand_over"));
    }

    @Test
    void distributions_are_the_asked_ones() throws Exception {
        double online = share("channel = 'ONLINE'");
        assertThat(online).isBetween(0.2, 0.4);
        assertThat(share("supplement_requests > 0")).isBetween(0.09, 0.2);
        double late = share("result_ready_at > due_at");
        assertThat(late).isBetween(0.04, 0.12);
        assertThat(share("state IN ('RETURNED', 'WITHDRAWN', 'NOT_ACCEPTED')")).isGreaterThan(0.9);
        assertThat(share("state NOT IN ('RETURNED', 'WITHDRAWN', 'NOT_ACCEPTED', 'REFUSED')"))
                .isGreaterThan(0);
        assertThat(count("SELECT COUNT(*) FROM hand_over WHERE action = 'TRANSFER'"))
                .isPositive();
        // a few procedures take most dossiers
        long top3 = count("SELECT SUM(n) FROM (SELECT COUNT(*) n FROM dossier GROUP BY procedure_id"
                + " ORDER BY n DESC FETCH FIRST 3 ROWS ONLY)");
        assertThat(top3).isGreaterThan(DOSSIERS / 2);
        // spread over five years
        assertThat(count("SELECT COUNT(*) FROM dossier WHERE received_at < TIMESTAMP '2022-06-01 00:00:00'"))
                .isPositive();
    }

    @Test
    void every_dossier_has_its_report_facts_as_the_portal_writes_them() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM report_dossier")).isEqualTo(DOSSIERS);
        assertThat(count("SELECT COUNT(*) FROM dossier d JOIN report_dossier f ON f.dossier_id = d.id"
                        + " WHERE f.agency_id <> d.deciding_agency_id OR f.state <> d.state OR f.code <> d.code"
                        + " OR (f.online = TRUE) <> (d.channel = 'ONLINE')"))
                .isZero();
        // the outcome follows the history: refused (a refusal, maybe returned since), withdrawn, resolved, open
        assertThat(count("SELECT COUNT(*) FROM report_dossier f WHERE (f.outcome = 'REFUSED') <> (EXISTS"
                        + " (SELECT 1 FROM hand_over h WHERE h.dossier_id = f.dossier_id AND h.action = 'REFUSE'))"))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM report_dossier WHERE (outcome = 'NOT_RECEIVED') <> (state = 'NOT_ACCEPTED')"
                                + " OR (outcome = 'WITHDRAWN') <> (state = 'WITHDRAWN')"
                                + " OR (outcome = 'OPEN') <> (state IN ('RECEIVED', 'IN_PROCESS', 'PENDING_APPROVAL',"
                                + " 'SUPPLEMENT_REQUESTED'))"))
                .isZero();
        // ended at the refusal, the result or the withdrawal; open until then, or for good
        assertThat(count("SELECT COUNT(*) FROM report_dossier f JOIN hand_over h ON h.dossier_id = f.dossier_id"
                        + " AND h.action = 'REFUSE' WHERE f.ended_at <> h.handed_at"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM report_dossier f JOIN dossier d ON d.id = f.dossier_id"
                        + " WHERE f.outcome = 'RESOLVED' AND f.ended_at <> d.result_ready_at"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM report_dossier WHERE (ended_at IS NULL) <> (outcome IN ('OPEN',"
                        + " 'NOT_RECEIVED')) OR open_until <> COALESCE(ended_at, TIMESTAMP '9999-12-31 00:00:00')"))
                .isZero();
        // Decision 766: some resolved late, not all
        long scoredLate = count("SELECT COUNT(*) FROM report_dossier WHERE scored_late = TRUE");
        assertThat(scoredLate)
                .isPositive()
                .isLessThan(count("SELECT COUNT(*) FROM report_dossier" + " WHERE outcome IN ('RESOLVED', 'REFUSED')"));
    }

    @Test
    void every_step_handed_on_has_its_report_row_so_the_portal_backfills_none_at_start() throws Exception {
        // the rows FactsBackfill.fillSteps selects: none left for the portal's first start to write
        assertThat(count("SELECT COUNT(*) FROM hand_over h JOIN hand_over p ON p.dossier_id = h.dossier_id"
                        + " AND p.position = h.position - 1 WHERE h.step_name IS NOT NULL"
                        + " AND h.from_officer_id IS NOT NULL AND h.from_agency_id IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM report_step s WHERE s.hand_over_id = h.id)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM report_step")).isPositive();
        // each row is its hand-over's: same dossier, officer, agency, step, moment; a working time never negative
        assertThat(count("SELECT COUNT(*) FROM report_step s JOIN hand_over h ON h.id = s.hand_over_id"
                        + " WHERE s.dossier_id <> h.dossier_id OR s.officer_id <> h.from_officer_id"
                        + " OR s.agency_id <> h.from_agency_id OR s.step_name <> h.step_name"
                        + " OR s.handed_at <> h.handed_at OR s.held_seconds < 0"))
                .isZero();
    }

    @Test
    void generated_people_have_their_search_column_so_the_portal_folds_nothing_at_start() throws Exception {
        // the portal's start folds (SearchBackfill) every row whose search column is empty, one JPA batch of 500
        // after another: a million applicants would hold the first start for minutes
        assertThat(count("SELECT COUNT(*) FROM applicant WHERE search_text IS NULL"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM officer WHERE id >= 1000 AND search_text IS NULL"))
                .isZero();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, search_text FROM applicant WHERE id >= 1000"
                        + " ORDER BY id FETCH FIRST 50 ROWS ONLY")) {
            while (rs.next()) assertThat(rs.getString(2)).isEqualTo(SearchText.fold(300, rs.getString(1)));
        }
    }

    @Test
    void benchmark_officers_log_in_with_the_written_password() throws Exception {
        Path file = out.resolve("bench-credentials.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        var p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        try (var ps =
                c.prepareStatement("SELECT password_hash, password_change_required FROM officer WHERE username = ?")) {
            ps.setString(1, p.getProperty("officer.username"));
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(Passwords.service().passwordsMatch(p.getProperty("officer.password"), rs.getString(1)))
                        .isTrue();
                assertThat(rs.getBoolean(2)).isFalse();
            }
        }
        assertThat(count("SELECT COUNT(*) FROM dossier d JOIN officer o ON o.id = d.assignee_id WHERE o.username = '"
                        + p.getProperty("officer.username") + "'"))
                .isPositive();
        // the reports' benchmark leader: of the province's root agency, role LEADER
        assertThat(count("SELECT COUNT(*) FROM officer o JOIN officer_agency oa ON oa.officer_id = o.id"
                        + " JOIN agency a ON a.id = oa.agency_id JOIN officer_role r ON r.officer_id = o.id"
                        + " JOIN app_role x ON x.id = r.role_id WHERE a.parent_id IS NULL AND x.code = 'LEADER'"
                        + " AND o.username = '" + p.getProperty("leader.username") + "'"))
                .isEqualTo(1);
    }

    @Test
    void the_bcp_set_has_every_row() throws Exception {
        for (Table t : Tables.ALL) {
            long lines;
            try (var l = Files.lines(out.resolve("bcp").resolve(t.name() + ".tsv"))) {
                lines = l.count();
            }
            long expected = t == Tables.CODE_COUNTER
                    ? count("SELECT COUNT(*) FROM dossier_code_counter")
                    : t == Tables.OFFICER ? count("SELECT COUNT(*) FROM officer WHERE id >= 1000") : -1;
            if (expected >= 0) assertThat(lines).as(t.name()).isEqualTo(expected);
            assertThat(lines).as(t.name()).isPositive();
        }
        assertThat(Files.readString(out.resolve("bcp/load.sh"))).contains("bcp dbo.hand_over in hand_over.tsv");
        assertThat(Files.readAllLines(out.resolve("lookup-samples.tsv"))).isNotEmpty();
    }

    private static double share(String condition) throws Exception {
        return (double) count("SELECT COUNT(*) FROM dossier WHERE " + condition) / DOSSIERS;
    }

    private static long count(String sql) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
