package ${package}.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.calendar.ProvinceCalendar;

class ${classPrefix}RulesTest {

    /** A Friday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    /** A holiday the province's calendar knows: Tuesday 24/11/2026 (made up for the test). */
    private static final LocalDate HOLIDAY = LocalDate.of(2026, 11, 24);

    /** Monday to Friday without {@link #HOLIDAY}, as the core's calendar would answer. */
    private static final ProvinceCalendar CALENDAR = new ProvinceCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate date) {
            return date.getDayOfWeek().getValue() <= 5 && !date.equals(HOLIDAY);
        }

        @Override
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            return (int) from.plusDays(1)
                    .datesUntil(to.plusDays(1))
                    .filter(this::isWorkingDay)
                    .count();
        }

        @Override
        public LocalDate plusWorkingDays(LocalDate from, int days) {
            LocalDate day = from;
            for (int i = 0; i < days; i++) {
                day = day.plusDays(1);
                while (!isWorkingDay(day)) {
                    day = day.plusDays(1);
                }
            }
            return day;
        }

        @Override
        public LocalDateTime dueDate(LocalDateTime received, BigDecimal workingDays) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void aStartDateFromThreeWorkingDaysToTwelveMonthsAheadIsAccepted() {
        // Fri 20/11: Mon 23 (1), Tue 24 holiday, Wed 25 (2), Thu 26 (3)
        assertThatCode(() -> ${classPrefix}Rules.check(details(LocalDate.of(2026, 11, 26), 1, null), TODAY, CALENDAR))
                .doesNotThrowAnyException();
        assertThatCode(() -> ${classPrefix}Rules.check(details(TODAY.plusMonths(12), 1, null), TODAY, CALENDAR))
                .doesNotThrowAnyException();
    }

    @Test
    void aStartDateFewerThanThreeWorkingDaysAheadIsRefusedCountingTheHoliday() {
        DomainException refused = refusal(details(LocalDate.of(2026, 11, 25), 1, null));
        assertThat(refused.messageKey()).isEqualTo("${pluginId}.startDate.tooSoon");
        assertThat(refused.arguments()).containsExactly("25/11/2026", "3", "26/11/2026");
    }

    /** A start date far enough ahead. */
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    @Test
    void aStartDateInThePastIsRefusedWithTheDate() {
        DomainException refused = refusal(details(TODAY.minusDays(1), 1, null));
        assertThat(refused.messageKey()).isEqualTo("${pluginId}.startDate.past");
        assertThat(refused.arguments()).containsExactly("19/11/2026");
    }

    @Test
    void aStartDateMoreThanTwelveMonthsAheadIsRefused() {
        assertThat(refusal(details(TODAY.plusMonths(12).plusDays(1), 1, null)).messageKey())
                .isEqualTo("${pluginId}.startDate.tooFar");
    }

    @Test
    void aQuantityAboveOneHundredNeedsAJustification() {
        assertThatCode(() -> ${classPrefix}Rules.check(details(START, 100, null), TODAY, CALENDAR))
                .doesNotThrowAnyException();
        assertThat(refusal(details(START, 101, "  ")).messageKey()).isEqualTo("${pluginId}.note.required");
        assertThatCode(() -> ${classPrefix}Rules.check(details(START, 101, "Dự án lớn"), TODAY, CALENDAR))
                .doesNotThrowAnyException();
    }

    private static DomainException refusal(${classPrefix}Application details) {
        return catchThrowableOfType(DomainException.class, () -> ${classPrefix}Rules.check(details, TODAY, CALENDAR));
    }

    static ${classPrefix}Application details(LocalDate start, int quantity, String note) {
        var details = new ${classPrefix}Application();
        details.setSubject("Nội dung thử");
        details.setStartDate(start);
        details.setQuantity(quantity);
        details.setNote(note);
        return details;
    }
}
