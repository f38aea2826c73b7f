package vn.motcua.plugins.vehicle.licence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.spi.DomainException;

/** The six-month rule on its edges: month ends, leap years, the very day, the day after, a date in the future. */
class HealthCertificatesTest {

    @ParameterizedTest(name = "examined {0}: last good day {1}")
    @CsvSource({
        "2025-01-15, 2025-07-15",
        "2025-08-31, 2026-02-28", // no 31 February: the month's last day
        "2027-08-31, 2028-02-29", // leap year
        "2027-08-29, 2028-02-29",
        "2025-12-31, 2026-06-30",
        "2025-03-31, 2025-09-30",
        "2025-02-28, 2025-08-28"
    })
    void aCertificateServesUntilTheSameDaySixMonthsLater(LocalDate examined, LocalDate lastDay) {
        assertThat(HealthCertificates.lastValidDay(examined)).isEqualTo(lastDay);
        assertThat(HealthCertificates.validOn(examined, lastDay)).isTrue();
        assertThat(HealthCertificates.validOn(examined, lastDay.plusDays(1))).isFalse();
    }

    @Test
    void onTheLastGoodDayTheDossierIsReceived() {
        assertThatNoException()
                .isThrownBy(() ->
                        HealthCertificates.requireValidAtReceipt(LocalDate.of(2025, 8, 31), LocalDate.of(2026, 2, 28)));
        assertThatNoException()
                .isThrownBy(() ->
                        HealthCertificates.requireValidAtReceipt(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)));
    }

    @Test
    void theDayAfterItIsRefusedWithTheDatesTheOfficerNeeds() {
        assertThatThrownBy(() ->
                        HealthCertificates.requireValidAtReceipt(LocalDate.of(2025, 8, 31), LocalDate.of(2026, 3, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("vehicle-registration.licence.health.tooOld");
                    assertThat(e.arguments()).containsExactly("31/08/2025", "28/02/2026", "01/03/2026");
                });
    }

    @Test
    void aCertificateDatedAfterTheReceiptIsRefused() {
        assertThatThrownBy(() ->
                        HealthCertificates.requireValidAtReceipt(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 2)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("vehicle-registration.licence.health.future"));
    }

    @Test
    void whileInProcessTheVetoNamesTheFirstDayTheCertificateNoLongerServes() {
        assertThatNoException()
                .isThrownBy(() ->
                        HealthCertificates.requireStillValid(LocalDate.of(2025, 8, 31), LocalDate.of(2026, 2, 28)));
        assertThatThrownBy(
                        () -> HealthCertificates.requireStillValid(LocalDate.of(2025, 8, 31), LocalDate.of(2026, 3, 1)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("vehicle-registration.licence.health.expiredInProcess");
                    assertThat(e.arguments()).containsExactly("31/08/2025", "01/03/2026");
                });
    }
}
