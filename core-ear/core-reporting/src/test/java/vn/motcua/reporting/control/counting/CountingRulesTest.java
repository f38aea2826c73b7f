package vn.motcua.reporting.control.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.reporting.control.counting.Figure.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.control.calendar.DueDates;
import vn.motcua.catalog.control.calendar.NationalScoring;
import vn.motcua.catalog.control.calendar.Pause;
import vn.motcua.catalog.control.calendar.Timeliness;
import vn.motcua.catalog.control.calendar.WorkingCalendar;
import vn.motcua.catalog.control.calendar.WorkingDays;
import vn.motcua.catalog.control.calendar.WorkingHours;
import vn.motcua.spi.DomainException;

/** Every rule of the status table, on dossiers of March 2026 (1 March is a Sunday). */
class CountingRulesTest {

    private static final Period MARCH = Period.month(YearMonth.of(2026, 3));
    private static final LocalDateTime LATER = LocalDateTime.parse("2026-06-01T00:00");

    private static LocalDateTime t(String s) {
        return LocalDateTime.parse(s);
    }

    private static DossierFacts open(String received, String due) {
        return new DossierFacts(t(received), false, Outcome.OPEN, null, t(due), false, null, 0, false);
    }

    private static DossierFacts resolved(String received, String due, String ended) {
        return new DossierFacts(t(received), false, Outcome.RESOLVED, t(ended), t(due), false, null, 0, false);
    }

    private static Set<Figure> march(DossierFacts facts) {
        return CountingRules.figures(facts, MARCH, LATER);
    }

    @Test
    void periodBoundariesAreMidnightToMidnight() {
        assertThat(march(open("2026-03-01T00:00", "2026-03-20T17:00"))).contains(RECEIVED_COUNTER);
        assertThat(march(open("2026-02-28T23:59", "2026-03-20T17:00"))).contains(CARRIED_OVER);
        assertThat(march(open("2026-04-01T00:00", "2026-04-20T17:00"))).isEmpty();
        assertThat(march(resolved("2026-03-02T09:00", "2026-04-09T09:00", "2026-04-01T00:00")))
                .containsExactlyInAnyOrder(RECEIVED_COUNTER, IN_PROGRESS_IN_TIME);
        assertThat(Period.quarter(2026, 2)).isEqualTo(new Period(t("2026-04-01T00:00"), t("2026-07-01T00:00")));
        assertThat(Period.year(2026)).isEqualTo(new Period(t("2026-01-01T00:00"), t("2027-01-01T00:00")));
        assertThat(Period.days(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-10"))
                        .end())
                .isEqualTo(t("2026-03-11T00:00"));
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> Period.days(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-09")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("reporting.period.endsBeforeStart"));
        assertThatThrownBy(() -> Period.quarter(2026, 5)).isInstanceOf(DomainException.class);
    }

    @Test
    void receivedOnTheLastDayAt16AfterTheCutOffBelongsToThatPeriod() {
        // The 15:00 cut-off starts its clock on the next working day (2 April); its reception stays in March.
        DossierFacts late = open("2026-03-31T16:00", "2026-04-09T08:00");
        assertThat(march(late)).containsExactlyInAnyOrder(RECEIVED_COUNTER, IN_PROGRESS_IN_TIME);
        assertThat(CountingRules.figures(late, Period.month(YearMonth.of(2026, 4)), t("2026-04-03T10:00")))
                .containsExactlyInAnyOrder(CARRIED_OVER, IN_PROGRESS_IN_TIME);
    }

    @Test
    void carryOverIsWhatWasStillOpenWhenThePeriodStarted() {
        assertThat(march(resolved("2026-02-20T09:00", "2026-03-05T17:00", "2026-03-04T10:00")))
                .containsExactlyInAnyOrder(CARRIED_OVER, RESOLVED_EARLY);
        assertThat(march(resolved("2026-02-20T09:00", "2026-03-05T17:00", "2026-02-27T10:00")))
                .isEmpty();
        assertThat(march(open("2026-01-05T09:00", "2026-01-20T17:00")))
                .containsExactlyInAnyOrder(CARRIED_OVER, IN_PROGRESS_OVERDUE);
    }

    @Test
    void resolvedEarlyOnTimeOrLateAgainstTheDueMoment() {
        assertThat(march(resolved("2026-03-02T09:00", "2026-03-09T09:00", "2026-03-06T15:00")))
                .contains(RESOLVED_EARLY);
        assertThat(march(resolved("2026-03-02T09:00", "2026-03-09T09:00", "2026-03-09T09:00")))
                .contains(RESOLVED_ON_TIME);
        assertThat(march(resolved("2026-03-02T09:00", "2026-03-09T09:00", "2026-03-09T09:01")))
                .contains(RESOLVED_LATE);
    }

    @Test
    void aNewAppointmentDoesNotMakeALateDossierOnTime() {
        DossierFacts extended = new DossierFacts(
                t("2026-03-02T09:00"),
                false,
                Outcome.RESOLVED,
                t("2026-03-10T09:00"),
                t("2026-03-12T17:00"),
                true,
                null,
                0,
                false);
        assertThat(march(extended)).contains(RESOLVED_LATE);
        DossierFacts stillOpen = new DossierFacts(
                t("2026-03-02T09:00"), false, Outcome.OPEN, null, t("2026-04-30T17:00"), true, null, 0, false);
        assertThat(march(stillOpen)).contains(IN_PROGRESS_OVERDUE);
    }

    @Test
    void inProgressIsTakenAtThePeriodEndOrNowWhileItRuns() {
        DossierFacts dueMidMarch = open("2026-03-02T09:00", "2026-03-16T17:00");
        assertThat(march(dueMidMarch)).contains(IN_PROGRESS_OVERDUE);
        assertThat(CountingRules.figures(dueMidMarch, MARCH, t("2026-03-10T10:00")))
                .containsExactlyInAnyOrder(RECEIVED_COUNTER, IN_PROGRESS_IN_TIME);
        assertThat(CountingRules.figures(dueMidMarch, Period.month(YearMonth.of(2026, 5)), t("2026-03-10T10:00")))
                .isEmpty();
    }

    @Test
    void aDossierWaitingForTheApplicantIsJudgedAsOfItsPause() {
        // Paused on 10 March with two working days left; its due moment moves only when the applicant comes back.
        DossierFacts waiting = new DossierFacts(
                t("2026-03-02T09:00"),
                true,
                Outcome.OPEN,
                null,
                t("2026-03-12T17:00"),
                false,
                t("2026-03-10T10:00"),
                1,
                false);
        assertThat(march(waiting)).containsExactlyInAnyOrder(RECEIVED_ONLINE, IN_PROGRESS_IN_TIME);
        // A pause that began after the stock was taken does not help: as of 31 March 24:00 the dossier was late.
        DossierFacts pausedInApril = new DossierFacts(
                t("2026-03-02T09:00"),
                true,
                Outcome.OPEN,
                null,
                t("2026-03-12T17:00"),
                false,
                t("2026-04-02T10:00"),
                1,
                false);
        assertThat(march(pausedInApril)).contains(IN_PROGRESS_OVERDUE);
    }

    @Test
    void severalSupplementsMoveTheDueMomentForTheTableButAreLateForTheNationalScore() {
        DueDates dueDates = new DueDates(WorkingCalendar.weekdaysOnly(), WorkingHours.DEFAULT);
        LocalDateTime received = t("2026-03-02T09:00");
        List<Pause> waits = List.of(
                new Pause(t("2026-03-03T09:00"), t("2026-03-04T09:00")),
                new Pause(t("2026-03-05T09:00"), t("2026-03-06T09:00")));
        LocalDateTime due = dueDates.deadline(
                        received, WorkingDays.of(5), waits, vn.motcua.catalog.control.calendar.PauseMode.RESUME)
                .due(); // 11 March 09:00
        LocalDateTime ended = t("2026-03-10T16:00");
        boolean scoredLate =
                new NationalScoring(dueDates).verdict(received, WorkingDays.of(5), waits, ended) == Timeliness.LATE;
        DossierFacts facts =
                new DossierFacts(received, false, Outcome.RESOLVED, ended, due, false, null, 2, scoredLate);
        assertThat(march(facts)).containsExactlyInAnyOrder(RECEIVED_COUNTER, RESOLVED_EARLY);
        assertThat(facts.scoredLate()).isTrue();
        NationalScore.Score timely =
                NationalScore.of(List.of(facts), MARCH, LATER).get(NationalScore.Indicator.TIMELY);
        assertThat(timely.met()).isZero();
        assertThat(timely.of()).isEqualTo(1);
    }

    @Test
    void withdrawnAndRefusedAreCountedWhenTheyEndNeitherResolvedNorInProgress() {
        DossierFacts withdrawn = new DossierFacts(
                t("2026-02-25T09:00"),
                false,
                Outcome.WITHDRAWN,
                t("2026-03-03T10:00"),
                t("2026-03-06T17:00"),
                false,
                null,
                0,
                false);
        DossierFacts refused = new DossierFacts(
                t("2026-03-02T09:00"),
                true,
                Outcome.REFUSED,
                t("2026-03-20T10:00"),
                t("2026-03-06T17:00"),
                false,
                null,
                0,
                true);
        assertThat(march(withdrawn)).containsExactlyInAnyOrder(CARRIED_OVER, WITHDRAWN);
        assertThat(march(refused)).containsExactlyInAnyOrder(RECEIVED_ONLINE, REFUSED);
        DossierFacts notReceived =
                new DossierFacts(null, true, Outcome.NOT_RECEIVED, t("2026-03-03T10:00"), null, false, null, 0, false);
        assertThat(march(notReceived)).isEmpty();
    }

    @Test
    void aTransferredOrChainedDossierIsCountedOnceAtItsCountingAgency() {
        // One dossier, one set of facts, one counting agency (the commune that received it is not counted).
        long commune = 11L, department = 2L, province = 1L;
        Map<Long, Long> parents = Map.of(commune, province, department, province);
        Tally oneTransferred = Tally.of(march(resolved("2026-03-02T09:00", "2026-03-09T09:00", "2026-03-06T15:00")));
        Map<Long, Tally> rolled = AgencyRollUp.rollUp(Map.of(department, oneTransferred), parents);
        assertThat(rolled.get(department).received()).isEqualTo(1);
        assertThat(rolled.get(province).received()).isEqualTo(1);
        assertThat(rolled).doesNotContainKey(commune);
    }

    @Test
    void whatThePeriodHadToDealWithEqualsWhatBecameOfIt() {
        Random random = new Random(766);
        List<Period> periods = List.of(
                MARCH,
                Period.quarter(2026, 1),
                Period.days(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-19")));
        List<DossierFacts> all = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            LocalDateTime received = t("2026-01-01T07:00").plusMinutes(random.nextInt(150 * 24 * 60));
            LocalDateTime due = received.plusDays(1 + random.nextInt(20));
            Outcome outcome = Outcome.values()[1 + random.nextInt(4)];
            LocalDateTime ended = outcome == Outcome.OPEN ? null : received.plusHours(1 + random.nextInt(40 * 24));
            all.add(new DossierFacts(
                    received, random.nextBoolean(), outcome, ended, due, random.nextInt(10) == 0, null, 0, false));
        }
        for (Period p : periods) {
            for (LocalDateTime now : List.of(LATER, t("2026-03-15T12:00"))) {
                Tally sum = new Tally();
                all.forEach(f -> sum.add(Tally.of(CountingRules.figures(f, p, now))));
                assertThat(sum.total())
                        .as("%s seen at %s", p, now)
                        .isEqualTo(sum.resolved() + sum.get(WITHDRAWN) + sum.get(REFUSED) + sum.inProgress());
                assertThat(sum.total()).isPositive();
            }
        }
    }
}
