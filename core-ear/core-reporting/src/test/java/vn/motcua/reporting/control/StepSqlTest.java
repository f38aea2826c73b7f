package vn.motcua.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.control.calendar.Timeliness;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.StepStatistics;

/**
 * The performance statistics summed in the database ({@link StepSql} over the real V46 table, in H2) give the figures
 * worked out by hand, and the same as the rules one step at a time ({@link StepStatistics#add}).
 *
 * <pre>
 *  officer 1 (agency 110), step "Thẩm định": held 1, 2, ... 10 working hours; verdicts on time ×7, early, late ×2
 *      handled 10, on time 8/10 = 80.0 %, average 55/10 = 5.5 h, p90: rank ceil(0.9 × 10) = 9 → 9 h
 *  officer 2 (agency 110), step "Thẩm định": held 2, 2, 5 h; verdicts on time, late, none
 *      handled 3, on time 1/2 = 50.0 %, average 3 h, p90: rank ceil(2.7) = 3 → 5 h
 *  by division (agency 110), "Thẩm định": 1, 2, 2, 2, 3, 4, 5, 5, 6, 7, 8, 9, 10
 *      handled 13, on time 9/12 = 75.0 %, average 64/13 h, p90: rank ceil(11.7) = 12 → 9 h
 *  not counted: officer 1's step of the month before, officer 3's step in agency 200 (outside 100/110)
 * </pre>
 */
class StepSqlTest {

    private static final Period MARCH = Period.days(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
    private static Connection db;

    @BeforeAll
    static void open() throws Exception {
        db = DriverManager.getConnection("jdbc:h2:mem:stepsql;DB_CLOSE_DELAY=-1");
        try (Statement s = db.createStatement()) {
            s.execute("create table agency (id bigint primary key, name varchar(100), path varchar(200))");
            s.execute("create table officer (id bigint primary key, full_name varchar(100))");
            for (String statement : Files.readString(Path.of("../../sql/core/V46__report_steps.sql"))
                    .replaceAll("(?m)^--.*$", "")
                    .split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
            s.execute("insert into agency values (100, 'Tỉnh', '/100/'), (110, 'Sở A', '/100/110/'),"
                    + " (200, 'Tỉnh khác', '/200/')");
            s.execute("insert into officer values (1, 'Cán bộ Một'), (2, 'Cán bộ Hai'), (3, 'Cán bộ Ba')");
        }
        long id = 0;
        for (int h = 1; h <= 10; h++) {
            step(++id, 1, 110, h <= 7 ? "ON_TIME" : h == 8 ? "EARLY" : "LATE", h);
        }
        step(++id, 2, 110, "ON_TIME", 2);
        step(++id, 2, 110, "LATE", 2);
        step(++id, 2, 110, null, 5);
        insert(++id, 1, 110, "LATE", LocalDateTime.parse("2026-02-27T10:00"), 100);
        step(++id, 3, 200, "LATE", 100);
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void byOfficerTheHandWorkedFigures() throws Exception {
        List<Object[]> rows = rows(StepSql.page(MARCH, "/100/", false, null, true, 0, 50));
        assertThat(rows).hasSize(2);
        // by name: "Cán bộ Hai" before "Cán bộ Một"
        StepStatistics two = StepSql.statistics(rows.get(0));
        assertThat(rows.get(0)[1]).isEqualTo("Cán bộ Hai");
        assertThat(two.handled()).isEqualTo(3);
        assertThat(two.onTimeShare()).isEqualTo(50.0);
        assertThat(two.average()).isEqualTo(Duration.ofHours(3));
        assertThat(two.percentile90()).isEqualTo(Duration.ofHours(5));
        StepStatistics one = StepSql.statistics(rows.get(1));
        assertThat(rows.get(1)[1]).isEqualTo("Cán bộ Một");
        assertThat(rows.get(1)[2]).isEqualTo("Thẩm định");
        assertThat(one.handled()).isEqualTo(10);
        assertThat(one.onTimeShare()).isEqualTo(80.0);
        assertThat(one.average()).isEqualTo(Duration.ofMinutes(330));
        assertThat(one.percentile90()).isEqualTo(Duration.ofHours(9));
        assertThat(count(StepSql.count(MARCH, "/100/", false))).isEqualTo(2);
        // the same rules one step at a time agree
        StepStatistics java = new StepStatistics();
        for (int h = 1; h <= 10; h++) {
            java.add(Duration.ofHours(h), h <= 7 ? Timeliness.ON_TIME : h == 8 ? Timeliness.EARLY : Timeliness.LATE);
        }
        assertThat(List.of(java.handled(), java.onTimeShare(), java.average(), java.percentile90()))
                .isEqualTo(List.of(one.handled(), one.onTimeShare(), one.average(), one.percentile90()));
    }

    @Test
    void byDivisionTheGroupsOfItsOfficersTogether() throws Exception {
        List<Object[]> rows = rows(StepSql.page(MARCH, "/100/", true, null, true, 0, 50));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[1]).isEqualTo("Sở A");
        StepStatistics all = StepSql.statistics(rows.get(0));
        assertThat(all.handled()).isEqualTo(13);
        assertThat(all.onTimeShare()).isEqualTo(75.0);
        assertThat(all.average()).isEqualTo(Duration.ofHours(64).dividedBy(13));
        assertThat(all.percentile90()).isEqualTo(Duration.ofHours(9));
        assertThat(count(StepSql.count(MARCH, "/100/", true))).isEqualTo(1);
    }

    @Test
    void sortedAndPagedInTheDatabase() throws Exception {
        assertThat(rows(StepSql.page(MARCH, "/100/", false, "p90", false, 0, 1)))
                .singleElement()
                .satisfies(r -> assertThat(r[1]).isEqualTo("Cán bộ Một"));
        assertThat(rows(StepSql.page(MARCH, "/100/", false, "handled", true, 1, 1)))
                .singleElement()
                .satisfies(r -> assertThat(r[1]).isEqualTo("Cán bộ Một"));
        for (String sort : StepSql.SORTS.keySet()) {
            assertThat(rows(StepSql.page(MARCH, "/", false, sort, false, 0, 50)))
                    .as(sort)
                    .hasSize(3);
        }
    }

    private static void step(long id, long officer, long agency, String verdict, int hours) throws Exception {
        insert(
                id,
                officer,
                agency,
                verdict,
                LocalDateTime.parse("2026-03-02T08:00").plusHours(id),
                hours * 3600L);
    }

    private static void insert(long id, long officer, long agency, String verdict, LocalDateTime at, long seconds)
            throws Exception {
        try (PreparedStatement p = db.prepareStatement("insert into report_step (hand_over_id, dossier_id, officer_id,"
                + " agency_id, step_name, verdict, handed_at, held_seconds) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setLong(2, 1000 + id);
            p.setLong(3, officer);
            p.setLong(4, agency);
            p.setString(5, "Thẩm định");
            p.setString(6, verdict);
            p.setTimestamp(7, Timestamp.valueOf(at));
            p.setLong(8, seconds);
            p.executeUpdate();
        }
    }

    private static List<Object[]> rows(SqlStatement sql) throws Exception {
        try (ResultSet r = prepared(sql).executeQuery()) {
            List<Object[]> rows = new ArrayList<>();
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static long count(SqlStatement sql) throws Exception {
        try (ResultSet r = prepared(sql).executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static PreparedStatement prepared(SqlStatement sql) throws Exception {
        PreparedStatement p = db.prepareStatement(sql.sql());
        List<Object> values = sql.parameters();
        for (int i = 0; i < values.size(); i++) {
            p.setObject(i + 1, values.get(i));
        }
        return p;
    }
}
