package vn.motcua.catalog.control.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decision 766/QĐ-TTg: waiting for the applicant is subtracted; more than one supplement request is late. */
class NationalScoringTest {

    private static final LocalDateTime RECEIVED = LocalDateTime.parse("2026-03-02T09:00"); // due 9 March 09:00
    private static final WorkingDays FIVE_DAYS = WorkingDays.of(5);

    private final DueDates dueDates = new DueDates(WorkingCalendar.weekdaysOnly(), WorkingHours.DEFAULT);
    private final NationalScoring scoring = new NationalScoring(dueDates);

    private static Pause pause(String from, String to) {
        return new Pause(LocalDateTime.parse(from), LocalDateTime.parse(to));
    }

    @Test
    void withoutSupplementTheStatutoryDueDecides() {
        assertThat(scoring.verdict(RECEIVED, FIVE_DAYS, List.of(), LocalDateTime.parse("2026-03-09T09:00")))
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(scoring.verdict(RECEIVED, FIVE_DAYS, List.of(), LocalDateTime.parse("2026-03-09T10:00")))
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void theWaitForOneSupplementIsSubtracted() {
        List<Pause> oneWait = List.of(pause("2026-03-03T09:00", "2026-03-05T09:00")); // 2 working days
        LocalDateTime finished = LocalDateTime.parse("2026-03-10T16:00");
        assertThat(Timeliness.of(finished, dueDates.due(RECEIVED, FIVE_DAYS))).isEqualTo(Timeliness.LATE);
        assertThat(scoring.verdict(RECEIVED, FIVE_DAYS, oneWait, finished)).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void moreThanOneSupplementRequestIsLateWhateverTheDates() {
        List<Pause> twoWaits =
                List.of(pause("2026-03-02T10:00", "2026-03-02T11:00"), pause("2026-03-03T10:00", "2026-03-03T11:00"));
        assertThat(scoring.verdict(RECEIVED, FIVE_DAYS, twoWaits, LocalDateTime.parse("2026-03-03T15:00")))
                .isEqualTo(Timeliness.LATE);
    }

    @Test
    void scoringSubtractsTheWaitEvenWhereTheProcedureRestartsTheClock() {
        List<Pause> oneWait = List.of(pause("2026-03-03T09:00", "2026-03-05T09:00"));
        LocalDateTime finished = LocalDateTime.parse("2026-03-11T15:00");
        Deadline operational = dueDates.deadline(RECEIVED, FIVE_DAYS, oneWait, PauseMode.RESTART); // 12 March 09:00
        assertThat(operational.verdict(finished)).isEqualTo(Timeliness.EARLY);
        assertThat(scoring.verdict(RECEIVED, FIVE_DAYS, oneWait, finished)).isEqualTo(Timeliness.LATE);
    }

    @Test
    void aNewAppointmentDoesNotCountForScoring() {
        LocalDateTime finished = LocalDateTime.parse("2026-03-10T10:00");
        Deadline extended = dueDates.deadline(RECEIVED, FIVE_DAYS).extendedTo(LocalDateTime.parse("2026-03-12T17:00"));
        assertThat(extended.verdict(finished)).isEqualTo(Timeliness.EARLY);
        assertThat(scoring.verdict(RECEIVED, FIVE_DAYS, List.of(), finished)).isEqualTo(Timeliness.LATE);
    }
}
