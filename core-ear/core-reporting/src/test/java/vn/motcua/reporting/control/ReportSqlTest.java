package vn.motcua.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.reporting.control.counting.CountingRules;
import vn.motcua.reporting.control.counting.DossierFacts;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Outcome;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.Tally;
import vn.motcua.reporting.entity.ReportDossier;

/** The SQL of the figures counts exactly what the Java rules count, on 3,000 random dossiers, in H2. */
class ReportSqlTest {

    private static Connection db;

    @BeforeAll
    static void open() throws Exception {
        db = DriverManager.getConnection("jdbc:h2:mem:reportsql;DB_CLOSE_DELAY=-1");
        try (Statement s = db.createStatement()) {
            s.execute("create table report_dossier (dossier_id bigint primary key, online bit not null,"
                    + " outcome varchar(20) not null, received_at datetime2, ended_at datetime2,"
                    + " open_until datetime2 not null, due_at datetime2, extended bit not null, paused_at datetime2)");
        }
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    @Test
    void sqlAndJavaCountTheSame() throws Exception {
        Random random = new Random(2026);
        List<DossierFacts> all = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            LocalDateTime received = LocalDateTime.parse("2026-01-01T07:00").plusMinutes(random.nextInt(150 * 24 * 60));
            LocalDateTime due = received.plusHours(8 + random.nextInt(20 * 24));
            Outcome outcome = Outcome.values()[1 + random.nextInt(4)];
            LocalDateTime ended = outcome == Outcome.OPEN ? null : received.plusHours(1 + random.nextInt(40 * 24));
            LocalDateTime paused = outcome == Outcome.OPEN && random.nextInt(4) == 0
                    ? received.plusHours(random.nextInt(30 * 24))
                    : null;
            all.add(new DossierFacts(
                    received, random.nextBoolean(), outcome, ended, due, random.nextInt(12) == 0, paused, 0, false));
        }
        List<Period> periods = List.of(
                Period.month(YearMonth.of(2026, 3)),
                Period.quarter(2026, 1),
                Period.days(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-19")),
                Period.year(2026));
        for (LocalDateTime now :
                List.of(LocalDateTime.parse("2026-09-01T00:00"), LocalDateTime.parse("2026-03-15T12:00:30"))) {
            List<DossierFacts> seen = load(all, now);
            for (Period period : periods) {
                Tally java = new Tally();
                seen.forEach(f -> java.add(Tally.of(CountingRules.figures(f, period, now))));
                assertThat(sql(period, now)).as("%s at %s", period, now).isEqualTo(java);
            }
        }
    }

    /** What the table holds at {@code now}: nothing received later, nothing ended later. */
    private static List<DossierFacts> load(List<DossierFacts> all, LocalDateTime now) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("delete from report_dossier");
        }
        List<DossierFacts> seen = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("insert into report_dossier values (?,?,?,?,?,?,?,?,?)")) {
            long id = 0;
            for (DossierFacts f : all) {
                if (f.receivedAt().isAfter(now)) {
                    continue;
                }
                DossierFacts fact = f.endedAt() != null && f.endedAt().isAfter(now)
                        ? new DossierFacts(
                                f.receivedAt(), f.online(), Outcome.OPEN, null, f.dueAt(), f.extended(), null, 0, false)
                        : f;
                if (fact.pausedAt() != null && fact.pausedAt().isAfter(now)) {
                    fact = new DossierFacts(
                            fact.receivedAt(),
                            fact.online(),
                            fact.outcome(),
                            fact.endedAt(),
                            fact.dueAt(),
                            fact.extended(),
                            null,
                            0,
                            false);
                }
                seen.add(fact);
                insert.setLong(1, ++id);
                insert.setBoolean(2, fact.online());
                insert.setString(3, fact.outcome().name());
                insert.setTimestamp(4, ts(fact.receivedAt()));
                insert.setTimestamp(5, ts(fact.endedAt()));
                insert.setTimestamp(6, ts(fact.endedAt() == null ? ReportDossier.OPEN : fact.endedAt()));
                insert.setTimestamp(7, ts(fact.dueAt()));
                insert.setBoolean(8, fact.extended());
                insert.setTimestamp(9, ts(fact.pausedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return seen;
    }

    private static Tally sql(Period period, LocalDateTime now) throws Exception {
        ReportSql.Bound bound = ReportSql.bind(
                "select " + ReportSql.sums() + " from report_dossier f where " + ReportSql.BASE, period, now);
        try (PreparedStatement q = db.prepareStatement(bound.sql())) {
            for (int i = 0; i < bound.parameters().size(); i++) {
                Object v = bound.parameters().get(i);
                q.setObject(i + 1, v instanceof LocalDateTime t ? Timestamp.valueOf(t) : v);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                Tally tally = new Tally();
                for (Figure f : Figure.values()) {
                    tally.set(f, rs.getLong(f.column()));
                }
                return tally;
            }
        }
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }
}
