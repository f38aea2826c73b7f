package ${package}.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.DomainException;

class ${classPrefix}RulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void aStartDateFromTodayToTwelveMonthsAheadIsAccepted() {
        assertThatCode(() -> ${classPrefix}Rules.check(details(TODAY, 1, null), TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> ${classPrefix}Rules.check(details(TODAY.plusMonths(12), 1, null), TODAY))
                .doesNotThrowAnyException();
    }

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
        assertThatCode(() -> ${classPrefix}Rules.check(details(TODAY, 100, null), TODAY))
                .doesNotThrowAnyException();
        assertThat(refusal(details(TODAY, 101, "  ")).messageKey()).isEqualTo("${pluginId}.note.required");
        assertThatCode(() -> ${classPrefix}Rules.check(details(TODAY, 101, "Dự án lớn"), TODAY))
                .doesNotThrowAnyException();
    }

    private static DomainException refusal(${classPrefix}Application details) {
        return catchThrowableOfType(DomainException.class, () -> ${classPrefix}Rules.check(details, TODAY));
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
