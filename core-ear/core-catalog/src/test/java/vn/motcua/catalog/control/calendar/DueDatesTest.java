package vn.motcua.catalog.control.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due moments, steps, pauses, extensions and due-soon on the proposed calendars of 2025–2028. */
class DueDatesTest {

    private static final LocalDateTime MONDAY_9 = LocalDateTime.parse("2026-03-02T09:00");

    private final DueDates dueDates = new DueDates(WorkingClockTest.proposedCalendar(2025, 2028), WorkingHours.DEFAULT);

    private static Pause pause(String from, String to) {
        return new Pause(LocalDateTime.parse(from), LocalDateTime.parse(to));
    }

    @ParameterizedTest(name = "received {0} with {1} days → due {2}")
    @CsvSource({
        "2026-03-02T09:00, 3, 2026-03-05T09:00", // Monday 09:00, 3 days: Thursday 09:00
        "2026-03-02T16:00, 3, 2026-03-05T17:00", // after the cut-off: counts from Tuesday, due Thursday 17:00
        "2026-03-02T07:30, 0.5, 2026-03-02T11:30", // half a day from the opening: the end of the morning
        "2026-03-02T12:00, 0.5, 2026-03-02T17:00", // received at lunch: counts from 13:00
        "2026-03-02T10:00, 1.5, 2026-03-03T15:30",
        "2026-03-02T09:00, 0, 2026-03-02T09:00",
        "2026-04-30T16:00, 1, 2026-05-04T17:00", // received on a holiday at 16:00
        "2026-04-30T16:00, 0.5, 2026-05-04T11:30",
        "2026-02-18T10:00, 2, 2026-02-24T17:00", // received during Tết
        "2026-02-13T14:00, 5, 2026-02-27T14:00", // Tết (16–20 Feb) inside the five days
        "2027-12-31T16:00, 20, 2028-02-07T17:00", // New Year (Sat, compensated Mon 3 Jan) and Tết 2028 (25–29 Jan + Mon
        // 31)
    })
    void theDueMomentCountsWorkingTimeFromTheClockStart(LocalDateTime received, String days, LocalDateTime due) {
        assertThat(dueDates.due(received, WorkingDays.of(days))).isEqualTo(due);
    }

    @Test
    void stepDuesAreChainedFromTheClockStartAndTheLastIsTheDossierDue() {
        List<WorkingDays> budgets = List.of(WorkingDays.of("0.5"), WorkingDays.of(3), WorkingDays.of("1.5"));
        assertThat(dueDates.stepDues(MONDAY_9, budgets))
                .containsExactly(
                        LocalDateTime.parse("2026-03-02T14:30"),
                        LocalDateTime.parse("2026-03-05T14:30"),
                        LocalDateTime.parse("2026-03-09T09:00"));
        assertThat(dueDates.stepDues(MONDAY_9, budgets).get(2))
                .isEqualTo(dueDates.due(MONDAY_9, WorkingDays.sum(budgets)));
    }

    @Test
    void aStepStartedAtAnActualMomentIsDueThatMomentPlusItsBudgetWithoutCutOff() {
        assertThat(dueDates.stepDue(LocalDateTime.parse("2026-03-03T16:30"), WorkingDays.of(1)))
                .isEqualTo("2026-03-04T16:30");
        assertThat(dueDates.stepDue(LocalDateTime.parse("2026-03-06T17:45"), WorkingDays.of("0.5")))
                .isEqualTo("2026-03-09T11:30");
    }

    @Test
    void resumingMovesTheDueByThePausedWorkingTime() {
        // 5 days from Monday 2 March 09:00: Monday 9 March 09:00. Waiting Tuesday 09:00 → Thursday 09:00 = 2 days.
        Deadline deadline = dueDates.deadline(
                MONDAY_9, WorkingDays.of(5), List.of(pause("2026-03-03T09:00", "2026-03-05T09:00")), PauseMode.RESUME);
        assertThat(deadline.clockStart()).isEqualTo(MONDAY_9);
        assertThat(deadline.due()).isEqualTo("2026-03-11T09:00");
    }

    @Test
    void restartingCountsTheFullBudgetFromTheReturn() {
        Deadline deadline = dueDates.deadline(
                MONDAY_9, WorkingDays.of(5), List.of(pause("2026-03-03T09:00", "2026-03-05T09:00")), PauseMode.RESTART);
        assertThat(deadline.due()).isEqualTo("2026-03-12T09:00");
    }

    @Test
    void restartingAppliesTheCutOffToTheReturn() {
        Deadline deadline = dueDates.deadline(
                MONDAY_9, WorkingDays.of(5), List.of(pause("2026-03-03T09:00", "2026-03-05T16:00")), PauseMode.RESTART);
        assertThat(deadline.due()).isEqualTo("2026-03-12T17:00"); // counts from Friday 07:30
    }

    @Test
    void aPauseOverNonWorkingTimeChangesNothing() {
        Deadline deadline = dueDates.deadline(
                MONDAY_9, WorkingDays.of(5), List.of(pause("2026-03-06T17:00", "2026-03-09T07:30")), PauseMode.RESUME);
        assertThat(deadline.due()).isEqualTo("2026-03-09T09:00");
    }

    @Test
    void aPauseStraddlingTheDueMovesItByTheWholePause() {
        // 39 of the 40 hours were used before the pause; 1 hour is left after it.
        Deadline deadline = dueDates.deadline(
                MONDAY_9, WorkingDays.of(5), List.of(pause("2026-03-09T08:00", "2026-03-10T08:00")), PauseMode.RESUME);
        assertThat(deadline.due()).isEqualTo("2026-03-10T09:00");
    }

    @Test
    void aPauseStartingAfterTheDueChangesNothing() {
        for (PauseMode mode : PauseMode.values()) {
            Deadline deadline = dueDates.deadline(
                    MONDAY_9, WorkingDays.of(5), List.of(pause("2026-03-10T09:00", "2026-03-12T09:00")), mode);
            assertThat(deadline.due()).as("%s", mode).isEqualTo("2026-03-09T09:00");
        }
    }

    @Test
    void severalPausesAddUpInAnyOrder() {
        List<Pause> pauses =
                List.of(pause("2026-03-05T07:30", "2026-03-05T17:00"), pause("2026-03-03T13:00", "2026-03-04T07:30"));
        Deadline deadline = dueDates.deadline(MONDAY_9, WorkingDays.of(5), pauses, PauseMode.RESUME);
        assertThat(deadline.due()).isEqualTo("2026-03-10T14:30"); // 1.5 days later than without pauses
    }

    @Test
    void aNewAppointmentReplacesTheDueAndTheOriginalIsKept() {
        Deadline deadline = dueDates.deadline(MONDAY_9, WorkingDays.of(3));
        Deadline extended = deadline.extendedTo(LocalDateTime.parse("2026-03-10T17:00"));
        assertThat(extended.originalDue()).isEqualTo("2026-03-05T09:00");
        assertThat(extended.extendedDue()).contains(LocalDateTime.parse("2026-03-10T17:00"));
        assertThat(extended.due()).isEqualTo("2026-03-10T17:00");
        assertThat(deadline.verdict(LocalDateTime.parse("2026-03-09T10:00"))).isEqualTo(Timeliness.LATE);
        assertThat(extended.verdict(LocalDateTime.parse("2026-03-09T10:00"))).isEqualTo(Timeliness.EARLY);
    }

    @ParameterizedTest(name = "finished {0} against due Thursday 09:00: {1}")
    @CsvSource({
        "2026-03-04T17:00, EARLY", // an earlier calendar day
        "2026-03-02T09:30, EARLY",
        "2026-03-05T07:45, ON_TIME", // the due day, before the due moment
        "2026-03-05T09:00, ON_TIME", // exactly at the due moment
        "2026-03-05T09:01, LATE",
        "2026-03-06T08:00, LATE",
    })
    void earlyOnTimeOrLate(LocalDateTime finished, Timeliness verdict) {
        assertThat(Timeliness.of(finished, LocalDateTime.parse("2026-03-05T09:00")))
                .isEqualTo(verdict);
    }

    @Test
    void eachStepGetsItsOwnVerdict() {
        List<LocalDateTime> dues =
                dueDates.stepDues(MONDAY_9, List.of(WorkingDays.of("0.5"), WorkingDays.of(3), WorkingDays.of("1.5")));
        List<LocalDateTime> finished = List.of(
                LocalDateTime.parse("2026-03-02T11:00"),
                LocalDateTime.parse("2026-03-05T15:00"),
                LocalDateTime.parse("2026-03-06T10:00"));
        assertThat(List.of(0, 1, 2))
                .extracting(i -> Timeliness.of(finished.get(i), dues.get(i)))
                .containsExactly(Timeliness.ON_TIME, Timeliness.LATE, Timeliness.EARLY);
    }

    @ParameterizedTest(name = "at {0}, due Thursday 09:00: {1}, {2} working days left")
    @CsvSource({
        "2026-03-02T09:00, ON_TRACK, 3.00",
        "2026-03-03T13:00, ON_TRACK, 1.69",
        "2026-03-04T09:00, DUE_SOON, 1.00", // exactly the threshold left
        "2026-03-04T17:00, DUE_SOON, 0.19",
        "2026-03-05T09:00, DUE_SOON, 0.00", // due now: not late yet
        "2026-03-05T09:30, OVERDUE, -0.06",
        "2026-03-05T17:30, OVERDUE, -0.81", // after hours: only working time counts
        "2026-03-09T09:00, OVERDUE, -2.00",
    })
    void dueSoonAndRemainingWorkingDays(LocalDateTime now, Urgency urgency, String remainingDays) {
        DueStatus status = dueDates.status(now, LocalDateTime.parse("2026-03-05T09:00"));
        assertThat(status.urgency()).isEqualTo(urgency);
        assertThat(status.remainingWorkingDays()).isEqualByComparingTo(remainingDays);
    }

    @Test
    void theDueSoonThresholdIsConfigurable() {
        DueDates halfDay = new DueDates(WorkingCalendar.weekdaysOnly(), WorkingHours.DEFAULT, WorkingDays.of("0.5"));
        LocalDateTime due = LocalDateTime.parse("2026-03-05T09:00");
        assertThat(halfDay.status(LocalDateTime.parse("2026-03-04T09:00"), due).urgency())
                .isEqualTo(Urgency.ON_TRACK);
        assertThat(halfDay.status(LocalDateTime.parse("2026-03-04T14:30"), due).urgency())
                .isEqualTo(Urgency.DUE_SOON);
        assertThat(halfDay.status(LocalDateTime.parse("2026-03-04T14:30"), due).remainingWorkingTime())
                .isEqualTo(Duration.ofHours(4));
    }
}
