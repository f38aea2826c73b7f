package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.ApplicantKind;
import vn.motcua.dossier.entity.Channel;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.intake.boundary.OnlineScans;
import vn.motcua.dossier.intake.boundary.OnlineSubmission;
import vn.motcua.dossier.workflow.boundary.DossierPauses;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.reporting.boundary.Dashboard;
import vn.motcua.reporting.boundary.ExportJob;
import vn.motcua.reporting.boundary.ExportJobs;
import vn.motcua.reporting.boundary.Performance;
import vn.motcua.reporting.boundary.RegisterBook;
import vn.motcua.reporting.boundary.Scorecard;
import vn.motcua.reporting.boundary.StatusReport;
import vn.motcua.reporting.control.DrillRow;
import vn.motcua.reporting.control.Grouping;
import vn.motcua.reporting.control.MonthSnapshots;
import vn.motcua.reporting.control.ReportFacts;
import vn.motcua.reporting.control.ScoreIndicator;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.Tally;
import vn.motcua.reporting.control.export.RegisterExports;
import vn.motcua.reporting.control.export.TableWorkbook;
import vn.motcua.reporting.entity.ReportDossier;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;

/**
 * A small history of the Department of Information and Communications (agency 110), built by hand: seven dossiers
 * through the real counter and workflow (the facts follow every transition), then moved to January–March 2024 so that
 * the figures can be worked out from the rules:
 *
 * <pre>
 *      received          channel  due               ended                   Feb 2024                 Q1 2024
 *  A   15/01 10:00       counter  29/01 10:00       open                    carried, overdue          received, overdue
 *  B   29/01 09:00       counter  07/02 17:00       result 01/02 10:00      carried, early            received, early
 *  C   29/02 16:00 (*)   counter  08/03 17:00       open                    received, in time         received, overdue
 *  D   05/02 09:00       online   06/02 17:00       result 06/02 10:00      received, on time         received, on time
 *  E   06/02 09:00       counter  09/02 17:00       result 12/02 10:00      received, late            received, late
 *  F   07/02 09:00       counter  16/02 17:00       withdrawn 08/02 10:00   received, withdrawn       received, withdrawn
 *  G   08/02 09:00       counter  01/03 17:00       refused 04/03 10:00     received, in time         received, refused
 * </pre>
 *
 * (*) the last day of February at 16:00, after the 15:00 cut-off: received in February. E had two supplement
 * requests: late for Decision 766 whatever the dates.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingIT {

    private static final long PROCEDURE = 1L;
    private static final long COUNTER = 200L;
    private static final long AGENCY = 110L;

    /** Demo data: procedure 12, an international driving licence of the Department of Transport (130, counter 202),
     * online level full, a fee of 135,000 đ due before the result, served by no department plugin. */
    private static final long LICENCE_ABROAD = 12L;

    private static final long TRANSPORT = 130L;
    private static final long TRANSPORT_COUNTER = 202L;
    /** Payment methods of the national list: cash at the counter, and through the national portal (TRUC_TUYEN). */
    private static final long CASH = 31L;

    private static final long ONLINE_PAYMENT = 33L;
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
                    + "%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.portal();
    }

    @Inject
    DossierWorkflow workflow;

    @Inject
    DossierPauses pauses;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    OnlineSubmission online;

    @Inject
    OnlineScans onlineScans;

    @Inject
    TestOfficers officers;

    @Inject
    StatusReport status;

    @Inject
    Scorecard scorecard;

    @Inject
    Dashboard dashboard;

    @Inject
    ExportJobs exportJobs;

    @Inject
    RegisterBook registerBook;

    @Inject
    vn.motcua.platform.security.boundary.CurrentUser currentUser;

    @Inject
    Performance performance;

    @Inject
    MonthSnapshots snapshots;

    @Inject
    ReportFacts facts;

    @Inject
    UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void aSmallHistoryCountsAsTheRulesSay() throws Exception {
        Map<String, Long> d = history();
        Period february = Period.month(YearMonth.of(2024, 2));
        Period q1 = Period.quarter(2024, 1);

        signIn("lanhdao.rp", "LEADER");
        // February, live (nothing frozen yet)
        Tally feb = total(status.table(february, AGENCY, Grouping.AGENCY));
        assertThat(feb).isEqualTo(expectedFebruary());
        // ... and frozen: once, however often the job runs
        snapshots.freeze(YearMonth.of(2024, 1), LocalDateTime.now());
        snapshots.freeze(YearMonth.of(2024, 2), LocalDateTime.now()); // true, unless the hourly job just did it
        long frozenRows = count("select count(*) from report_month_row where period_month = 202402");
        assertThat(frozenRows).isEqualTo(7); // every dossier of February has a figure in it
        assertThat(snapshots.freeze(YearMonth.of(2024, 2), LocalDateTime.now())).isFalse();
        assertThat(count("select count(*) from report_month_row where period_month = 202402"))
                .isEqualTo(frozenRows);
        assertThat(total(status.table(february, AGENCY, Grouping.AGENCY))).isEqualTo(expectedFebruary());
        // the quarter: January and February frozen, March live
        assertThat(total(status.table(q1, AGENCY, Grouping.AGENCY))).isEqualTo(expectedQ1());
        // the rows roll up: the department's row holds its division's dossiers, the province's root holds both
        List<StatusRow> rows = status.table(february, AGENCY, Grouping.AGENCY);
        assertThat(rows.get(0).key()).isEqualTo(AGENCY);
        assertThat(rows.get(0).tally()).isEqualTo(expectedFebruary());
        assertThat(total(status.table(february, AGENCY, Grouping.SECTOR))).isEqualTo(expectedFebruary());

        // drill-downs: exactly the dossiers behind each figure, frozen or live
        assertThat(codes(Figure.RESOLVED_LATE, february, null)).containsExactly(d.get("E"));
        assertThat(codes(Figure.CARRIED_OVER, february, null)).containsExactly(d.get("A"), d.get("B"));
        assertThat(codes(Figure.IN_PROGRESS_OVERDUE, february, null)).containsExactly(d.get("A"));
        assertThat(codes(Figure.IN_PROGRESS_IN_TIME, february, AGENCY)).containsExactly(d.get("G"), d.get("C"));
        assertThat(codes(Figure.RECEIVED_COUNTER, february, AGENCY))
                .containsExactly(d.get("E"), d.get("F"), d.get("G"), d.get("C"));
        assertThat(codes(Figure.IN_PROGRESS_OVERDUE, q1, null)).containsExactly(d.get("A"), d.get("C"));
        assertThat(codes(Figure.REFUSED, q1, null)).containsExactly(d.get("G"));
        assertThat(status.drill(Figure.RECEIVED_COUNTER, q1, AGENCY, Grouping.AGENCY, null)
                        .count())
                .isEqualTo(6);

        // the national scorecard of February: B and D in time, E late (two supplements); D alone online of five
        var scores = scorecard.scores(february, AGENCY);
        assertThat(scores.get(ScoreIndicator.TIMELY).met()).isEqualTo(2);
        assertThat(scores.get(ScoreIndicator.TIMELY).of()).isEqualTo(3);
        assertThat(scores.get(ScoreIndicator.ONLINE).met()).isEqualTo(1);
        assertThat(scores.get(ScoreIndicator.ONLINE).of()).isEqualTo(5);
        assertThat(scorecard
                        .dossiers(ScoreIndicator.TIMELY, false, february, AGENCY)
                        .page(0, 10))
                .extracting(DrillRow::dossierId)
                .containsExactly(d.get("E"));

        // online payment: D's fee paid through the national portal in February, E's in cash, C's online in March
        // (another period): one of February's two payments was online, D's
        tx.begin();
        pay(d.get("D"), "2024-02-05T09:30", 33L);
        pay(d.get("E"), "2024-02-06T09:30", 31L);
        pay(d.get("C"), "2024-03-01T08:00", 33L);
        tx.commit();
        refresh(List.of(d.get("C"), d.get("D"), d.get("E")));
        assertThat(em.find(ReportDossier.class, d.get("D")).isPaidOnline()).isTrue();
        var payments = scorecard.scores(february, AGENCY).get(ScoreIndicator.PAID_ONLINE);
        assertThat(payments.met()).isEqualTo(1);
        assertThat(payments.of()).isEqualTo(2);
        assertThat(scorecard
                        .dossiers(ScoreIndicator.PAID_ONLINE, true, february, AGENCY)
                        .page(0, 10))
                .extracting(DrillRow::dossierId)
                .containsExactly(d.get("D"));

        // performance: today the processor handed on B, D and E (G's refusal was moved to March 2024), the leader
        // approved them; the processor still holds A, overdue since January 2024
        Period today = Period.days(LocalDate.now(), LocalDate.now());
        var lines = performance.steps(today, AGENCY, false);
        assertThat(lines)
                .filteredOn(l -> l.who().equals("Cán bộ chuyenvien.rp"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.step()).isEqualTo("Thẩm định, xử lý hồ sơ");
                    assertThat(l.statistics().handled()).isEqualTo(3);
                    assertThat(l.statistics().onTimeShare()).isEqualTo(100.0);
                });
        assertThat(lines)
                .filteredOn(l -> l.who().equals("Cán bộ lanhdao.rp"))
                .extracting(l -> l.step() + ":" + l.statistics().handled())
                .containsExactly("Phê duyệt kết quả:3");
        assertThat(performance.holdings(AGENCY))
                .filteredOn(h -> h.officer().equals("Cán bộ chuyenvien.rp"))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.holds()).isEqualTo(1);
                    assertThat(h.overdue()).isEqualTo(1);
                });

        // the scorecard and the performance tables exported as the screens do (in the background, as the shared
        // deployment's threshold says): the workbooks hold the heads and the figures worked out above
        long leader = officers.idOf("lanhdao.rp");
        ExportJob scoreExport = exportJobs.start(
                leader,
                "chi-so-766.xlsx",
                "application/xlsx",
                ScoreIndicator.values().length,
                tablesOf(List.of(Scorecard.table("Chỉ số 766", scorecard.scores(february, AGENCY), this::vi))));
        awaitEnd(scoreExport);
        assertThat(scoreExport.state()).isEqualTo(ExportJob.State.DONE);
        List<List<String>> scoreSheet = sheet(scoreExport, 0);
        assertThat(scoreSheet.get(2))
                .containsExactly("Chỉ số", "Tỷ lệ (%)", "Đạt", "Không đạt", "Số hồ sơ được tính", "Cách tính");
        assertThat(scoreSheet.get(3 + ScoreIndicator.TIMELY.ordinal()))
                .startsWith("Tiến độ giải quyết", "66.7", "2.0", "1.0", "3.0");
        assertThat(scoreSheet.get(3 + ScoreIndicator.ONLINE.ordinal()))
                .startsWith("Tiếp nhận trực tuyến", "20.0", "1.0", "4.0", "5.0");
        ExportJob performanceExport = exportJobs.start(
                leader,
                "ket-qua-xu-ly.xlsx",
                "application/xlsx",
                lines.size(),
                tablesOf(Performance.tables("Kết quả xử lý", lines, performance.holdings(AGENCY), this::vi)));
        awaitEnd(performanceExport);
        assertThat(performanceExport.state()).isEqualTo(ExportJob.State.DONE);
        List<List<String>> stepSheet = sheet(performanceExport, 0);
        assertThat(stepSheet.get(2)).startsWith("Cán bộ / đơn vị", "Bước xử lý", "Số hồ sơ đã chuyển");
        assertThat(stepSheet)
                .filteredOn(row -> !row.isEmpty() && row.get(0).equals("Cán bộ chuyenvien.rp"))
                .singleElement()
                .satisfies(row ->
                        assertThat(row).startsWith("Cán bộ chuyenvien.rp", "Thẩm định, xử lý hồ sơ", "3.0", "100.0"));
        assertThat(sheet(performanceExport, 1))
                .filteredOn(row -> !row.isEmpty() && row.get(0).equals("Cán bộ chuyenvien.rp"))
                .singleElement()
                .isEqualTo(List.of("Cán bộ chuyenvien.rp", "1.0", "1.0"));
        exportJobs.drop(scoreExport.id(), currentUser);
        exportJobs.drop(performanceExport.id(), currentUser);

        // a correction after the month was frozen: February stays as sent up; a custom period (not whole months,
        // so counted live) shows it
        rewrite(d.get("E"), "2024-02-06T09:00", "2024-02-09T17:00", "2024-02-08T10:00");
        assertThat(total(status.table(february, AGENCY, Grouping.AGENCY)).get(Figure.RESOLVED_LATE))
                .isEqualTo(1);
        Tally corrected = total(status.table(
                Period.days(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-02-28")), AGENCY, Grouping.AGENCY));
        assertThat(corrected.get(Figure.RESOLVED_LATE)).isZero();
        assertThat(corrected.get(Figure.RESOLVED_EARLY)).isEqualTo(2);

        // an agency outside the officer's scope: refused, nothing read
        signIn("lanhdao.ldtbxh.rp", "LEADER", 120L);
        assertThatThrownBy(() -> status.table(february, AGENCY, Grouping.AGENCY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("reporting.agency.outOfScope"));
        assertThatThrownBy(() -> status.drill(Figure.RESOLVED_LATE, february, AGENCY, Grouping.AGENCY, null))
                .isInstanceOf(DomainException.class);
        for (org.assertj.core.api.ThrowableAssert.ThrowingCallable other :
                List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                        () -> scorecard.scores(february, AGENCY),
                        () -> scorecard.dossiers(ScoreIndicator.TIMELY, true, february, AGENCY),
                        () -> performance.steps(february, AGENCY, false),
                        () -> performance.holdings(AGENCY),
                        () -> registerBook.count(AGENCY, null, february))) {
            assertThatThrownBy(other)
                    .as("the scorecard, performance and register book refuse it too")
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("reporting.agency.outOfScope"));
        }
        // a period that ends before it starts
        assertThatThrownBy(() -> Period.days(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-02-01")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("reporting.period.endsBeforeStart"));
    }

    /**
     * The leader's home for this month: the figure cards, the twelve-month chart's current point and the status
     * table say the same, also after three receipts, one result and one withdrawal today (three more received, one
     * more resolved, one more in progress: worked out here, not read back); a frozen month's point is the frozen
     * table's; the sectors add up to the table.
     */
    @Test
    void theDashboardsCardsChartAndStatusTableAgree() throws Exception {
        signIn("lanhdao.db", "LEADER");
        LocalDateTime before = LocalDateTime.now();
        Tally cardsBefore = dashboard.agencyMonth(AGENCY, before, 10, 5).thisMonth();

        signIn("tiepnhan.db", "COUNTER_OFFICER");
        long resolved = workflow.receive(request()).getId();
        long open = workflow.receive(request()).getId();
        long withdrawn = workflow.receive(request()).getId();
        workflow.withdraw(withdrawn, version(withdrawn), "Công dân xin rút hồ sơ");
        officers.create("chuyenvien.db", "PROCESSING_OFFICER", AGENCY);
        signIn("truongphong.db", "DIVISION_HEAD");
        workflow.assign(resolved, version(resolved), officers.idOf("chuyenvien.db"), null);
        signIn("chuyenvien.db", "PROCESSING_OFFICER");
        workflow.forward(resolved, version(resolved), null, "Đủ điều kiện");
        signIn("lanhdao.db", "LEADER");
        workflow.approve(resolved, version(resolved), "Đồng ý");
        assertThat(open).isPositive();

        LocalDateTime now = LocalDateTime.now();
        YearMonth current = YearMonth.from(now);
        YearMonth previous = current.minusMonths(1);
        snapshots.freeze(previous, now); // false when the hourly job froze it already
        var home = dashboard.agencyMonth(AGENCY, now, 10, 5);
        Tally table = total(status.table(Period.month(current), AGENCY, Grouping.AGENCY, now));
        assertThat(home.months()).hasSize(12);
        assertThat(home.months().keySet()).first().isEqualTo(current.minusMonths(11));
        assertThat(home.months().get(current)).as("the chart's current point").isEqualTo(table);
        assertThat(home.thisMonth()).as("the cards").isEqualTo(table);
        assertThat(home.months().get(previous))
                .as("a frozen month's point")
                .isEqualTo(total(status.table(Period.month(previous), AGENCY, Grouping.AGENCY, now)));
        Tally sectors = new Tally();
        home.sectors().forEach(r -> sectors.add(r.tally()));
        assertThat(sectors).as("the sector chart's rows").isEqualTo(table);
        assertThat(home.late()).extracting(DrillRow::dossierId).doesNotContain(resolved, open, withdrawn);

        Tally cards = home.thisMonth();
        assertThat(cards.received() - cardsBefore.received()).isEqualTo(3);
        assertThat(cards.resolved() - cardsBefore.resolved()).isEqualTo(1);
        assertThat(cards.get(Figure.RESOLVED_LATE)).isEqualTo(cardsBefore.get(Figure.RESOLVED_LATE));
        assertThat(cards.get(Figure.WITHDRAWN) - cardsBefore.get(Figure.WITHDRAWN))
                .isEqualTo(1);
        assertThat(cards.inProgress() - cardsBefore.inProgress()).isEqualTo(1);
    }

    /**
     * The snapshot job run twice for the same month at the same moment (two servers) freezes it once: one run writes
     * the month, the other writes nothing (it finds the month frozen, or fails on the month's primary key and the job
     * goes on); a later run leaves it alone. The month is one of 2019 that holds a dossier of this test, withdrawn in
     * it (so it weighs on no later period).
     */
    @Test
    void aMonthFrozenTwiceAtTheSameMomentIsFrozenOnce() throws Exception {
        signIn("tiepnhan.sn", "COUNTER_OFFICER");
        long id = workflow.receive(request()).getId();
        workflow.withdraw(id, version(id), "Công dân xin rút hồ sơ");
        rewrite(id, "2019-06-10T09:00", "2019-06-24T17:00", null);
        tx.begin();
        at(id, "WITHDRAW", "2019-06-12T10:00");
        em.createNativeQuery("delete from report_month_row where period_month = 201906")
                .executeUpdate();
        em.createNativeQuery("delete from report_month where period_month = 201906")
                .executeUpdate();
        tx.commit();
        refresh(List.of(id));

        YearMonth june = YearMonth.of(2019, 6);
        LocalDateTime now = LocalDateTime.now();
        var together = new java.util.concurrent.CyclicBarrier(2);
        List<java.util.concurrent.Future<Boolean>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(executor.submit(() -> {
                together.await(30, java.util.concurrent.TimeUnit.SECONDS);
                return snapshots.freeze(june, now);
            }));
        }
        int froze = 0;
        for (var run : runs) {
            try {
                froze += run.get(60, java.util.concurrent.TimeUnit.SECONDS) ? 1 : 0;
            } catch (java.util.concurrent.ExecutionException lostTheRace) {
                // the month's row was inserted by the other run: this one wrote nothing
            }
        }
        assertThat(froze).as("one run froze June 2019").isEqualTo(1);
        assertThat(count("select count(*) from report_month where period_month = 201906"))
                .isEqualTo(1);
        assertThat(count("select count(*) from report_month_row where period_month = 201906 and dossier_id = " + id))
                .as("the dossier's figures, once")
                .isEqualTo(1);
        long rows = count("select count(*) from report_month_row where period_month = 201906");
        assertThat(count("select dossiers from report_month where period_month = 201906"))
                .isEqualTo(rows);
        assertThat(snapshots.freeze(june, LocalDateTime.now()))
                .as("a later run")
                .isFalse();
        assertThat(count("select count(*) from report_month_row where period_month = 201906"))
                .isEqualTo(rows);
    }

    /**
     * Online payment through the fee step, as the portal runs it: procedure 12 (an international driving licence,
     * Department of Transport, a fee due before the result) submitted online and accepted at the department's counter,
     * and a second one received at that counter; the processor asks each for the fee, the counter records one paid
     * through the national portal's payment platform (TRUC_TUYEN) and the other in cash. Today's scorecard counts two
     * payments, one online; the first is among the dossiers that meet the indicator, the second among those that do
     * not.
     */
    @Test
    void aFeePaidOnlineCountsForTheScorecardAndOneInCashDoesNot() throws Exception {
        String client = "reporting-it-" + UUID.randomUUID();
        ProcedureVersion version = online.version(LICENCE_ABROAD);
        List<OnlineSubmission.Scan> scans = new ArrayList<>();
        for (RequiredDocument document : version.getDocuments()) {
            scans.add(new OnlineSubmission.Scan(
                    onlineScans.hold("quet-" + document.getPosition() + ".pdf", new ByteArrayInputStream(PDF), client),
                    document.getId()));
        }
        var applicant = new Applicant();
        applicant.setKind(ApplicantKind.CITIZEN);
        applicant.setIdNumber("079201000888");
        applicant.setName("Đỗ Văn Thanh Toán");
        applicant.setAddress("Số 8 đường Hùng Vương, phường Đông Thành");
        applicant.setPhone("0905 123 456");
        long paidOnline = online.submit(
                        new OnlineSubmission.Application(
                                UUID.randomUUID().toString(), LICENCE_ABROAD, applicant, Map.of(), scans),
                        client)
                .id();

        signIn("tiepnhan.gtvt.pay", "COUNTER_OFFICER", TRANSPORT);
        workflow.accept(paidOnline, version(paidOnline), TRANSPORT_COUNTER, "Hồ sơ đầy đủ");
        var atCounter = request();
        long paidInCash = workflow.receive(new DossierWorkflow.ReceiveRequest(
                        UUID.randomUUID().toString(),
                        LICENCE_ABROAD,
                        TRANSPORT_COUNTER,
                        atCounter.applicant(),
                        Receipts.everyDocument(em, LICENCE_ABROAD),
                        Map.of(),
                        null))
                .getId();
        officers.create("chuyenvien.gtvt.pay", "PROCESSING_OFFICER", TRANSPORT);
        signIn("truongphong.gtvt.pay", "DIVISION_HEAD", TRANSPORT);
        for (long id : List.of(paidOnline, paidInCash)) {
            workflow.assign(id, version(id), officers.idOf("chuyenvien.gtvt.pay"), null);
        }
        signIn("chuyenvien.gtvt.pay", "PROCESSING_OFFICER", TRANSPORT);
        for (long id : List.of(paidOnline, paidInCash)) {
            assertThat(pauses.requestFee(id, version(id), "Đề nghị nộp lệ phí cấp giấy phép lái xe quốc tế")
                            .getState())
                    .isEqualTo(DossierState.FEE_REQUESTED);
        }

        signIn("lanhdao.gtvt.pay", "LEADER", TRANSPORT);
        Period today = Period.days(LocalDate.now(), LocalDate.now());
        var before = scorecard.scores(today, TRANSPORT).get(ScoreIndicator.PAID_ONLINE);
        signIn("tiepnhan.gtvt.pay", "COUNTER_OFFICER", TRANSPORT);
        pauses.feePaid(paidOnline, version(paidOnline), ONLINE_PAYMENT, "GD-DVCQG-" + paidOnline);
        pauses.feePaid(paidInCash, version(paidInCash), CASH, "BL-" + paidInCash);
        assertThat(em.find(Dossier.class, paidOnline).getChannel()).isEqualTo(Channel.ONLINE);
        assertThat(em.find(ReportDossier.class, paidOnline).isPaidOnline()).isTrue();
        assertThat(em.find(ReportDossier.class, paidInCash).isPaidOnline()).isFalse();

        signIn("lanhdao.gtvt.pay", "LEADER", TRANSPORT);
        var after = scorecard.scores(today, TRANSPORT).get(ScoreIndicator.PAID_ONLINE);
        assertThat(after.of() - before.of()).as("two dossiers' fees paid today").isEqualTo(2);
        assertThat(after.met() - before.met()).as("one of them online").isEqualTo(1);
        assertThat(ids(scorecard.dossiers(ScoreIndicator.PAID_ONLINE, true, today, TRANSPORT)))
                .contains(paidOnline)
                .doesNotContain(paidInCash);
        assertThat(ids(scorecard.dossiers(ScoreIndicator.PAID_ONLINE, false, today, TRANSPORT)))
                .contains(paidInCash)
                .doesNotContain(paidOnline);
    }

    private static List<Long> ids(StatusReport.Drill drill) {
        return drill.page(0, (int) drill.count()).stream()
                .map(DrillRow::dossierId)
                .toList();
    }

    /**
     * A long export runs in the background as the officer who asked (their scope applies in the task): this year's
     * register book of the department, polled until done, is a workbook holding today's receipt; a job cancelled
     * half way stops and leaves no file; another officer does not see the job.
     */
    @Test
    void aLongExportRunsInTheBackgroundAndACancelledOneLeavesNoFile() throws Exception {
        signIn("tiepnhan.ex", "COUNTER_OFFICER");
        long id = workflow.receive(request()).getId();
        String code = em.find(Dossier.class, id).getCode();
        signIn("lanhdao.ex", "LEADER");
        long leader = officers.idOf("lanhdao.ex");
        Period year = Period.year(LocalDate.now().getYear());
        long lines = registerBook.count(AGENCY, null, year);
        var heading = new RegisterExports.Heading("UBND tỉnh", "Sở TTTT", "SỔ THEO DÕI HỒ SƠ", "Năm nay");
        ExportJob job = exportJobs.start(leader, "so.xlsx", "application/xlsx", lines, registerBookOf(year, heading));
        awaitEnd(job);
        assertThat(job.state()).isEqualTo(ExportJob.State.DONE);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.written()).isEqualTo(lines);
        StringBuilder cells = new StringBuilder();
        try (var in = job.open();
                var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            book.getSheetAt(0)
                    .forEach(row -> row.forEach(cell -> cells.append(cell).append('|')));
        }
        assertThat(cells).contains(code);
        assertThat(exportJobs.find(job.id(), currentUser)).isPresent();
        exportJobs.drop(job.id(), currentUser);
        assertThat(job.fileExists()).isFalse();

        var halfWay = new java.util.concurrent.CountDownLatch(1);
        ExportJob cancelled = exportJobs.start(leader, "dai.xlsx", "application/xlsx", 1_000_000, (out, progress) -> {
            for (int i = 0; i < 1_000_000; i++) {
                out.write(new byte[1024]);
                progress.advance(1);
                if (i == 10) {
                    halfWay.countDown();
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        assertThat(halfWay.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(cancelled.percent()).isBetween(0, 99);
        signIn("lanhdao.ex2", "LEADER");
        assertThat(exportJobs.find(cancelled.id(), currentUser))
                .as("another officer's job")
                .isEmpty();
        signIn("lanhdao.ex", "LEADER");
        exportJobs.drop(cancelled.id(), currentUser);
        long deadline = System.currentTimeMillis() + 10_000;
        while (cancelled.fileExists() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(cancelled.state()).isEqualTo(ExportJob.State.CANCELLED);
        assertThat(cancelled.fileExists()).as("the partial file is deleted").isFalse();
        assertThatThrownBy(cancelled::open).isInstanceOf(IllegalStateException.class);

        // the task runs as its officer: a leader of another department exporting this department's book is refused
        // there (their scope), the job fails and leaves no file
        signIn("lanhdao.ex.ldtbxh", "LEADER", 120L);
        ExportJob refused = exportJobs.start(
                officers.idOf("lanhdao.ex.ldtbxh"),
                "so.xlsx",
                "application/xlsx",
                lines,
                registerBookOf(year, heading));
        awaitEnd(refused);
        assertThat(refused.state()).isEqualTo(ExportJob.State.FAILED);
        assertThat(refused.written()).isZero();
        assertThat(refused.fileExists()).isFalse();
    }

    /** This department's register book of the period as a workbook, each page moving the job's progress. */
    private ExportJobs.Writer registerBookOf(Period period, RegisterExports.Heading heading) {
        return (out, progress) -> RegisterExports.excel(
                heading,
                (last, size) -> {
                    var page = registerBook.lines(
                            AGENCY, null, period, last == null ? null : RegisterBook.Cursor.after(last), size);
                    progress.advance(page.size());
                    return page;
                },
                out);
    }

    /** Tables written as the screens write them in the background, each row moving the job's progress. */
    private static ExportJobs.Writer tablesOf(List<TableWorkbook.Table> tables) {
        return (out, progress) -> TableWorkbook.write(tables, progress::advance, out);
    }

    /** The cells of a finished export's sheet, row by row (an empty row, an empty list). */
    private static List<List<String>> sheet(ExportJob job, int index) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var in = job.open();
                var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(index);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                var row = sheet.getRow(r);
                if (row != null) {
                    row.forEach(cell -> cells.add(cell.toString()));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private String vi(String key) {
        return vn.motcua.platform.i18n.Messages.text(java.util.Locale.forLanguageTag("vi"), key);
    }

    private static void awaitEnd(ExportJob job) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (job.state() == ExportJob.State.RUNNING && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    private static Tally expectedFebruary() {
        return new Tally()
                .set(Figure.CARRIED_OVER, 2) // A, B
                .set(Figure.RECEIVED_ONLINE, 1) // D
                .set(Figure.RECEIVED_COUNTER, 4) // C, E, F, G
                .set(Figure.RESOLVED_EARLY, 1) // B
                .set(Figure.RESOLVED_ON_TIME, 1) // D
                .set(Figure.RESOLVED_LATE, 1) // E
                .set(Figure.IN_PROGRESS_IN_TIME, 2) // C, G
                .set(Figure.IN_PROGRESS_OVERDUE, 1) // A
                .set(Figure.WITHDRAWN, 1); // F
    }

    private static Tally expectedQ1() {
        return new Tally()
                .set(Figure.RECEIVED_ONLINE, 1) // D
                .set(Figure.RECEIVED_COUNTER, 6) // A, B, C, E, F, G
                .set(Figure.RESOLVED_EARLY, 1) // B
                .set(Figure.RESOLVED_ON_TIME, 1) // D
                .set(Figure.RESOLVED_LATE, 1) // E
                .set(Figure.IN_PROGRESS_OVERDUE, 2) // A, C at 31 March
                .set(Figure.WITHDRAWN, 1) // F
                .set(Figure.REFUSED, 1); // G
    }

    /** Seven dossiers through the counter and the workflow, then moved to early 2024; code by letter. */
    private Map<String, Long> history() throws Exception {
        Map<String, Long> ids = new LinkedHashMap<>();
        signIn("tiepnhan.rp", "COUNTER_OFFICER");
        for (String letter : List.of("A", "B", "C", "D", "E", "F", "G")) {
            ids.put(letter, workflow.receive(request()).getId());
        }
        for (long id : ids.values()) {
            ReportDossier row = em.find(ReportDossier.class, id);
            assertThat(row).as("facts written with the receipt").isNotNull();
            assertThat(row.getOutcome()).isEqualTo("OPEN");
        }
        workflow.withdraw(ids.get("F"), version(ids.get("F")), "Công dân xin rút hồ sơ");
        officers.create("chuyenvien.rp", "PROCESSING_OFFICER", AGENCY);
        long processor = officers.idOf("chuyenvien.rp");
        signIn("truongphong.rp", "DIVISION_HEAD");
        for (String letter : List.of("A", "B", "D", "E", "G")) {
            workflow.assign(ids.get(letter), version(ids.get(letter)), processor, null);
        }
        signIn("chuyenvien.rp", "PROCESSING_OFFICER");
        for (String letter : List.of("B", "D", "E")) {
            workflow.forward(ids.get(letter), version(ids.get(letter)), null, "Đủ điều kiện");
        }
        workflow.refuse(ids.get("G"), version(ids.get("G")), "Không đủ điều kiện cấp phép");
        signIn("lanhdao.rp", "LEADER");
        for (String letter : List.of("B", "D", "E")) {
            workflow.approve(ids.get(letter), version(ids.get(letter)), "Đồng ý");
        }
        // The facts followed: counted once, at the agency that decided.
        Dossier b = em.find(Dossier.class, ids.get("B"));
        HandOver approval = b.getHandOvers().stream()
                .filter(h -> h.getAction() == HandOverAction.APPROVE)
                .findFirst()
                .orElseThrow();
        ReportDossier bFacts = em.find(ReportDossier.class, ids.get("B"));
        assertThat(bFacts.getOutcome()).isEqualTo("RESOLVED");
        assertThat(bFacts.getAgencyId()).isEqualTo(approval.getFromAgency().getId());
        assertThat(em.find(ReportDossier.class, ids.get("F")).getOutcome()).isEqualTo("WITHDRAWN");
        assertThat(em.find(ReportDossier.class, ids.get("G")).getOutcome()).isEqualTo("REFUSED");
        assertThat(count("select count(*) from report_dossier where dossier_id = " + ids.get("B")))
                .isEqualTo(1);

        rewrite(ids.get("A"), "2024-01-15T10:00", "2024-01-29T10:00", null);
        rewrite(ids.get("B"), "2024-01-29T09:00", "2024-02-07T17:00", "2024-02-01T10:00");
        rewrite(ids.get("C"), "2024-02-29T16:00", "2024-03-08T17:00", null);
        rewrite(ids.get("D"), "2024-02-05T09:00", "2024-02-06T17:00", "2024-02-06T10:00");
        rewrite(ids.get("E"), "2024-02-06T09:00", "2024-02-09T17:00", "2024-02-12T10:00");
        rewrite(ids.get("F"), "2024-02-07T09:00", "2024-02-16T17:00", null);
        rewrite(ids.get("G"), "2024-02-08T09:00", "2024-03-01T17:00", null);
        tx.begin();
        em.createNativeQuery("update dossier set channel = 'ONLINE' where id = ?1")
                .setParameter(1, ids.get("D"))
                .executeUpdate();
        em.createNativeQuery("update dossier set supplement_requests = 2 where id = ?1")
                .setParameter(1, ids.get("E"))
                .executeUpdate();
        at(ids.get("F"), "WITHDRAW", "2024-02-08T10:00");
        at(ids.get("G"), "REFUSE", "2024-03-04T10:00");
        tx.commit();
        refresh(ids.values());
        tx.begin();
        em.createNativeQuery("delete from report_month_row where period_month between 202401 and 202403")
                .executeUpdate();
        em.createNativeQuery("delete from report_month_total where period_month between 202401 and 202403")
                .executeUpdate();
        em.createNativeQuery("delete from report_month where period_month between 202401 and 202403")
                .executeUpdate();
        tx.commit();
        return ids;
    }

    /** Moves a dossier's dates (received, due, result ready) by hand and brings its facts up to date. */
    private void rewrite(long id, String received, String due, String resultReady) throws Exception {
        tx.begin();
        em.createNativeQuery("update dossier set received_at = ?1, clock_start = ?1, original_due_at = ?2, due_at = ?2,"
                        + " result_ready_at = ?3 where id = ?4")
                .setParameter(1, LocalDateTime.parse(received))
                .setParameter(2, LocalDateTime.parse(due))
                .setParameter(3, resultReady == null ? null : LocalDateTime.parse(resultReady))
                .setParameter(4, id)
                .executeUpdate();
        tx.commit();
        refresh(List.of(id));
    }

    /** A fee of the dossier paid at that moment by that payment method (31 cash, 33 online: the national list). */
    private void pay(long id, String when, long method) {
        em.createNativeQuery(
                        "insert into dossier_fee (id, dossier_id, position, name, kind, amount, due, paid_at,"
                                + " payment_method_id) values (?1, ?2, 0, 'Phí thẩm định', 'FEE', 200000, 'AT_RECEIPT', ?3, ?4)")
                .setParameter(1, 900_000_000L + id)
                .setParameter(2, id)
                .setParameter(3, LocalDateTime.parse(when))
                .setParameter(4, method)
                .executeUpdate();
    }

    private void at(long id, String action, String when) {
        em.createNativeQuery("update hand_over set handed_at = ?1 where dossier_id = ?2 and action = ?3")
                .setParameter(1, LocalDateTime.parse(when))
                .setParameter(2, id)
                .setParameter(3, action)
                .executeUpdate();
    }

    private void refresh(Iterable<Long> ids) throws Exception {
        tx.begin();
        em.clear();
        for (long id : ids) {
            facts.refresh(em.find(Dossier.class, id), LocalDateTime.now());
        }
        tx.commit();
        em.clear();
    }

    private List<Long> codes(Figure figure, Period period, Long key) {
        List<Long> ids = new ArrayList<>();
        for (DrillRow row :
                status.drill(figure, period, AGENCY, Grouping.AGENCY, key).page(0, 50)) {
            ids.add(row.dossierId());
        }
        return ids;
    }

    private static Tally total(List<StatusRow> rows) {
        return rows.get(rows.size() - 1).tally();
    }

    /**
     * In a transaction of its own when none is open: outside one, the container's entity manager is a non-transactional
     * one tied to the test's invocation, and Payara closes it when a managed executor task that carried the same
     * invocation ends (the concurrent freezes below), which failed the next count with "closed EntityManager".
     */
    private long count(String sql) {
        try {
            boolean own = tx.getStatus() == jakarta.transaction.Status.STATUS_NO_TRANSACTION;
            if (own) {
                tx.begin();
            }
            try {
                return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
            } finally {
                if (own) {
                    tx.commit();
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private DossierWorkflow.ReceiveRequest request() {
        var applicant = new Applicant();
        applicant.setIdNumber("079201000777");
        applicant.setName("Nguyễn Thị Báo Cáo");
        applicant.setAddress("12 Lê Lợi, phường Đông Thành");
        applicant.setPhone("0912 345 678");
        return new DossierWorkflow.ReceiveRequest(
                UUID.randomUUID().toString(),
                PROCEDURE,
                COUNTER,
                applicant,
                Receipts.everyDocument(em, PROCEDURE),
                Map.of("publicationName", "Bản tin Thống kê", "pages", 24),
                null);
    }

    private int version(long id) {
        return em.createQuery("select d.version from Dossier d where d.id = :id", Integer.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private void signIn(String username, String role) {
        signIn(username, role, AGENCY);
    }

    private void signIn(String username, String role, long agency) {
        SecurityUtils.getSubject().logout();
        String password = officers.create(username, role, agency);
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, password));
    }
}
