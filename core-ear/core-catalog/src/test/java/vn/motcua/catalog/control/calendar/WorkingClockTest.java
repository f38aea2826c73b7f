package vn.motcua.catalog.control.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working time on the proposed 2026 calendar with the default hours (07:30–11:30, 13:00–17:00, cut-off 15:00). */
class WorkingClockTest {

    static WorkingCalendar proposedCalendar(int fromYear, int toYear) {
        List<CalendarDay> days = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            days.addAll(StatutoryHolidays.propose(year));
        }
        return WorkingCalendar.of(days);
    }

    private final WorkingClock clock = new WorkingClock(proposedCalendar(2025, 2027), WorkingHours.DEFAULT);

    @ParameterizedTest(name = "received {0} → clock starts {1}")
    @CsvSource({
        "2026-03-02T09:00, 2026-03-02T09:00", // Monday, in the morning session
        "2026-03-02T06:45, 2026-03-02T07:30", // before the opening
        "2026-03-02T11:30, 2026-03-02T13:00", // the morning has just ended
        "2026-03-02T12:10, 2026-03-02T13:00", // lunch
        "2026-03-02T14:59, 2026-03-02T14:59",
        "2026-03-02T15:00, 2026-03-02T15:00", // at the cut-off: still today
        "2026-03-02T15:01, 2026-03-03T07:30", // after the cut-off: next working day
        "2026-03-02T18:30, 2026-03-03T07:30", // after hours
        "2026-03-06T16:00, 2026-03-09T07:30", // Friday after the cut-off: Monday
        "2026-03-07T10:00, 2026-03-09T07:30", // Saturday
        "2026-04-30T16:00, 2026-05-04T07:30", // holiday 30/4, then 1/5 and the weekend
        "2026-04-26T09:00, 2026-04-28T07:30", // Hùng Kings' day (Sunday) and its compensatory Monday
        "2026-02-18T10:00, 2026-02-23T07:30", // during Tết
        "2026-02-13T16:00, 2026-02-23T07:30", // Friday before Tết, after the cut-off
    })
    void theClockStartsAtReceptionOrAtTheNextOpening(LocalDateTime received, LocalDateTime start) {
        assertThat(clock.clockStart(received)).isEqualTo(start);
    }

    @Test
    void theCutOffIsConfigurable() {
        WorkingClock lateCutOff =
                new WorkingClock(WorkingCalendar.weekdaysOnly(), WorkingHours.DEFAULT.withCutOff(LocalTime.of(16, 30)));
        assertThat(lateCutOff.clockStart(LocalDateTime.parse("2026-03-02T16:00")))
                .isEqualTo("2026-03-02T16:00");
        assertThat(lateCutOff.clockStart(LocalDateTime.parse("2026-03-02T16:31")))
                .isEqualTo("2026-03-03T07:30");
    }

    @Test
    void aSwappedWorkingSaturdayReceivesLikeAWeekday() {
        WorkingClock swapped = new WorkingClock(
                WorkingCalendar.of(List.of(CalendarDay.workingDay(java.time.LocalDate.of(2026, 3, 7), "Làm bù"))),
                WorkingHours.DEFAULT);
        assertThat(swapped.clockStart(LocalDateTime.parse("2026-03-07T10:00"))).isEqualTo("2026-03-07T10:00");
        assertThat(swapped.plus(LocalDateTime.parse("2026-03-06T13:00"), Duration.ofHours(8)))
                .isEqualTo("2026-03-07T11:30");
    }

    @ParameterizedTest(name = "{0} + {1} working time = {2}")
    @CsvSource({
        "2026-03-02T09:00, PT24H, 2026-03-05T09:00", // three days
        "2026-03-02T07:30, PT4H, 2026-03-02T11:30", // half a day ends at the end of the morning
        "2026-03-02T07:30, PT8H, 2026-03-02T17:00", // a day ends at 17:00 that day, not at the next opening
        "2026-03-02T09:00, PT4H, 2026-03-02T14:30", // across lunch
        "2026-03-02T16:30, PT1H, 2026-03-03T08:00", // across the night
        "2026-03-06T10:00, PT8H, 2026-03-09T10:00", // across a weekend
        "2026-04-29T10:00, PT16H, 2026-05-05T10:00", // across 30/4, 1/5 and a weekend
        "2026-02-13T14:00, PT8H, 2026-02-23T14:00", // across Tết
        "2026-03-02T12:00, PT0S, 2026-03-02T13:00", // nothing to add from lunch: the next opening
        "2026-03-02T17:00, PT0S, 2026-03-02T17:00", // nothing to add from a session end: that end
        "2026-03-02T17:00, PT1M, 2026-03-03T07:31",
    })
    void addingWorkingTimeSkipsNonWorkingTime(LocalDateTime from, Duration workingTime, LocalDateTime expected) {
        assertThat(clock.plus(from, workingTime)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "working time from {0} to {1} = {2}")
    @CsvSource({
        "2026-03-02T09:00, 2026-03-05T09:00, PT24H",
        "2026-03-02T11:00, 2026-03-02T13:30, PT1H", // lunch does not count
        "2026-03-06T16:00, 2026-03-09T08:00, PT1H30M", // the weekend does not count
        "2026-04-29T17:00, 2026-05-04T07:30, PT0S", // holidays and a weekend
        "2026-03-05T09:00, 2026-03-02T09:00, -PT24H", // backwards: negative
        "2026-03-07T09:00, 2026-03-07T10:00, PT0S", // Saturday
    })
    void workingTimeBetweenTwoMoments(LocalDateTime from, LocalDateTime to, Duration expected) {
        assertThat(clock.between(from, to)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a working moment: {1}")
    @CsvSource({
        "2026-03-02T07:30, true",
        "2026-03-02T11:30, true",
        "2026-03-02T11:31, false",
        "2026-03-02T12:59, false",
        "2026-03-02T17:00, true",
        "2026-03-02T17:01, false",
        "2026-03-07T09:00, false",
        "2026-04-30T09:00, false",
    })
    void workingMomentsAreInsideSessionsWithTheirEnds(LocalDateTime moment, boolean working) {
        assertThat(clock.isWorkingMoment(moment)).isEqualTo(working);
    }

    @Test
    void otherWorkingHoursAreHonoured() {
        WorkingHours hours = new WorkingHours(
                List.of(WorkSession.of("08:00", "12:00"), WorkSession.of("13:30", "17:30")), LocalTime.of(16, 0));
        WorkingClock other = new WorkingClock(WorkingCalendar.weekdaysOnly(), hours);
        assertThat(hours.workingDay()).isEqualTo(Duration.ofHours(8));
        assertThat(other.clockStart(LocalDateTime.parse("2026-03-02T12:30"))).isEqualTo("2026-03-02T13:30");
        assertThat(other.plus(LocalDateTime.parse("2026-03-02T08:00"), Duration.ofHours(8)))
                .isEqualTo("2026-03-02T17:30");
    }

    @Test
    void workingHoursMustBeOrderedSessions() {
        assertThatThrownBy(() -> WorkSession.of("11:30", "07:30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingHours(
                        List.of(WorkSession.of("07:30", "12:00"), WorkSession.of("11:00", "17:00")), LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingHours(List.of(), LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingTimeCannotBeNegative() {
        assertThatThrownBy(() -> clock.plus(LocalDateTime.parse("2026-03-02T09:00"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
