package vn.motcua.catalog.control.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Invariants checked at every half hour of 2024–2030 on the proposed calendars, with a Tết swap (Friday off,
 * Saturday worked) and a swapped working Saturday: whatever the moment of reception, the engine's answers obey the
 * rules.
 */
class DueDatesPropertiesTest {

    private static final WorkingCalendar CALENDAR;

    static {
        List<CalendarDay> days = new ArrayList<>();
        for (int year = 2023; year <= 2032; year++) {
            days.addAll(StatutoryHolidays.propose(year));
        }
        days.add(CalendarDay.dayOff(LocalDate.of(2026, 2, 13), "Nghỉ hoán đổi trước Tết"));
        days.add(CalendarDay.workingDay(LocalDate.of(2026, 2, 28), "Làm bù cho ngày 13/02"));
        days.add(CalendarDay.workingDay(LocalDate.of(2025, 2, 8), "Làm bù"));
        CALENDAR = WorkingCalendar.of(days);
    }

    private static final List<WorkingDays> BUDGETS =
            List.of(WorkingDays.of("0.5"), WorkingDays.of(1), WorkingDays.of("2.5"), WorkingDays.of(7));

    private final DueDates dueDates = new DueDates(CALENDAR, WorkingHours.DEFAULT);
    private final WorkingClock clock = dueDates.clock();

    /** Calls {@code check} with every half hour of 2024–2030 and its index. */
    private static void everyHalfHour(BiConsumer<Integer, LocalDateTime> check) {
        LocalDateTime end = LocalDateTime.of(2031, 1, 1, 0, 0);
        int i = 0;
        for (LocalDateTime t = LocalDateTime.of(2024, 1, 1, 0, 0); t.isBefore(end); t = t.plusMinutes(30), i++) {
            check.accept(i, t);
        }
    }

    private Duration time(WorkingDays days) {
        return days.toWorkingTime(WorkingHours.DEFAULT);
    }

    @Test
    void theClockStartsAtAWorkingMomentNoEarlierThanReceptionAndAtOnceWithinHoursBeforeTheCutOff() {
        everyHalfHour((i, received) -> {
            LocalDateTime start = clock.clockStart(received);
            assertThat(clock.isWorkingMoment(start)).as("%s", received).isTrue();
            assertThat(start).as("%s", received).isAfterOrEqualTo(received);
            boolean openNow = CALENDAR.isWorkingDay(received.toLocalDate())
                    && !received.toLocalTime().isAfter(WorkingHours.DEFAULT.cutOff())
                    && clock.isWorkingMoment(received)
                    && !received.toLocalTime()
                            .equals(WorkingHours.DEFAULT.sessions().get(0).end());
            if (openNow) {
                assertThat(start).as("%s", received).isEqualTo(received);
            } else if (received.toLocalTime().isAfter(WorkingHours.DEFAULT.cutOff())) {
                assertThat(start)
                        .as("%s", received)
                        .isEqualTo(
                                CALENDAR.nextWorkingDay(received.toLocalDate()).atTime(WorkingHours.DEFAULT.opening()));
            } else {
                assertThat(clock.between(received, start)).as("%s", received).isZero();
            }
        });
    }

    @Test
    void theDueIsAWorkingMomentAfterReceptionExactlyTheBudgetAfterTheClockStart() {
        everyHalfHour((i, received) -> {
            for (WorkingDays budget : BUDGETS) {
                LocalDateTime due = dueDates.due(received, budget);
                assertThat(clock.isWorkingMoment(due))
                        .as("%s + %s", received, budget)
                        .isTrue();
                assertThat(due).as("%s + %s", received, budget).isAfter(received);
                assertThat(clock.between(clock.clockStart(received), due))
                        .as("%s + %s", received, budget)
                        .isEqualTo(time(budget));
            }
        });
    }

    @Test
    void addingAThenBDaysIsAddingAPlusBDays() {
        WorkingDays a = WorkingDays.of("1.5");
        WorkingDays b = WorkingDays.of(2);
        everyHalfHour((i, received) -> assertThat(dueDates.stepDue(dueDates.due(received, a), b))
                .as("%s", received)
                .isEqualTo(dueDates.due(received, a.plus(b))));
    }

    @Test
    void theLastChainedStepIsDueWithTheDossier() {
        List<WorkingDays> steps = List.of(WorkingDays.of("0.5"), WorkingDays.of(3), WorkingDays.of("1.5"));
        everyHalfHour((i, received) -> {
            if (i % 3 == 0) {
                List<LocalDateTime> dues = dueDates.stepDues(received, steps);
                assertThat(dues).isSorted();
                assertThat(dues.get(2)).isEqualTo(dueDates.due(received, WorkingDays.sum(steps)));
            }
        });
    }

    @Test
    void pausingNeverMakesTheDueEarlierAndResumingMovesItByThePausedWorkingTime() {
        WorkingDays budget = WorkingDays.of(5);
        everyHalfHour((i, received) -> {
            if (i % 5 != 0) {
                return;
            }
            LocalDateTime due = dueDates.due(received, budget);
            LocalDateTime from = received.plusDays(i % 6).plusHours(i % 7);
            Pause pause = new Pause(from, from.plusHours(11L * (i % 4 + 1)));
            LocalDateTime resumed = dueDates.deadline(received, budget, List.of(pause), PauseMode.RESUME)
                    .due();
            LocalDateTime restarted = dueDates.deadline(received, budget, List.of(pause), PauseMode.RESTART)
                    .due();
            assertThat(resumed).as("%s %s", received, pause).isAfterOrEqualTo(due);
            assertThat(restarted).as("%s %s", received, pause).isAfterOrEqualTo(resumed);
            assertThat(clock.isWorkingMoment(resumed)).isTrue();
            assertThat(clock.isWorkingMoment(restarted)).isTrue();
            if (pause.from().isBefore(due)) {
                LocalDateTime pausedFrom = pause.from().isAfter(received) ? pause.from() : received;
                assertThat(resumed)
                        .as("%s %s", received, pause)
                        .isEqualTo(clock.plus(due, clock.between(pausedFrom, pause.to())));
            } else {
                assertThat(resumed).isEqualTo(due);
                assertThat(restarted).isEqualTo(due);
            }
        });
    }

    @Test
    void remainingTimeRunsDownToZeroAtTheDueAndIsNegativeAfterIt() {
        WorkingDays budget = WorkingDays.of(3);
        everyHalfHour((i, received) -> {
            if (i % 7 != 0) {
                return;
            }
            LocalDateTime due = dueDates.due(received, budget);
            DueStatus atStart = dueDates.status(clock.clockStart(received), due);
            assertThat(atStart.remainingWorkingTime()).isEqualTo(time(budget));
            assertThat(atStart.urgency()).isEqualTo(Urgency.ON_TRACK);
            assertThat(dueDates.status(due, due).urgency()).isEqualTo(Urgency.DUE_SOON);
            DueStatus dayLate = dueDates.status(clock.plus(due, Duration.ofHours(8)), due);
            assertThat(dayLate.urgency()).isEqualTo(Urgency.OVERDUE);
            assertThat(dayLate.remainingWorkingDays()).isEqualByComparingTo("-1");
        });
    }

    @Test
    void finishingAtTheDueIsOnTimeAndAMinuteLaterIsLate() {
        everyHalfHour((i, received) -> {
            if (i % 3 != 0) {
                return;
            }
            LocalDateTime due = dueDates.due(received, WorkingDays.of(2));
            assertThat(Timeliness.of(due, due)).isEqualTo(Timeliness.ON_TIME);
            assertThat(Timeliness.of(due.plusMinutes(1), due)).isEqualTo(Timeliness.LATE);
            assertThat(Timeliness.of(due.minusDays(1), due)).isEqualTo(Timeliness.EARLY);
        });
    }
}
