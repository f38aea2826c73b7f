package vn.motcua.plugins.licensing.licence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.licensing.licence.entity.LicenceKind;
import vn.motcua.plugins.licensing.licence.entity.LicenceStatus;

class LicenceValidityTest {

    @Test
    void aBulletinLicenceIsValidForFiveYearsThroughTheDayBeforeTheAnniversary() {
        assertThat(LicenceValidity.expiresOn(LicenceKind.BULLETIN, LocalDate.of(2026, 3, 15)))
                .isEqualTo(LocalDate.of(2031, 3, 14));
    }

    @Test
    void aNonCommercialPublicationLicenceIsValidForOneYear() {
        assertThat(LicenceValidity.expiresOn(LicenceKind.NON_COMMERCIAL, LocalDate.of(2026, 1, 1)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aLeapDayIssueEndsOnTheLastDayOfFebruaryBeforeTheAnniversary() {
        assertThat(LicenceValidity.expiresOn(LicenceKind.BULLETIN, LocalDate.of(2028, 2, 29)))
                .isEqualTo(LocalDate.of(2033, 2, 27));
    }

    @Test
    void aValidLicenceIsExpiredTheDayAfterItsLastDayWithoutAnyoneWritingIt() {
        var licence = TestLicences.bulletin(LocalDate.of(2020, 6, 1));
        LocalDate lastDay = licence.getExpiresOn();
        assertThat(licence.statusOn(lastDay)).isEqualTo(LicenceStatus.VALID);
        assertThat(licence.statusOn(lastDay.plusDays(1))).isEqualTo(LicenceStatus.EXPIRED);
        assertThat(licence.getStatus()).as("stored status unchanged").isEqualTo(LicenceStatus.VALID);
    }

    @Test
    void aRevokedOrAmendedLicenceKeepsThatStatusAfterItsLastDay() {
        var revoked = TestLicences.bulletin(LocalDate.of(2020, 6, 1));
        revoked.markRevoked(LocalDate.of(2021, 1, 5));
        assertThat(revoked.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(LicenceStatus.REVOKED);
        var amended = TestLicences.bulletin(LocalDate.of(2020, 6, 1));
        amended.markAmended(LocalDate.of(2021, 1, 5));
        assertThat(amended.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(LicenceStatus.AMENDED);
        assertThat(amended.getStatusChangedOn()).isEqualTo(LocalDate.of(2021, 1, 5));
    }

    @Test
    void anAmendedLicenceKeepsTheExpiryOfTheLicenceItReplaces() {
        var original = TestLicences.bulletin(LocalDate.of(2024, 4, 10));
        assertThat(LicenceValidity.amendedExpiresOn(original)).isEqualTo(LocalDate.of(2029, 4, 9));
    }

    @Test
    void expiringWithinCountsOnlyValidLicencesUpToTheirLastDay() {
        var licence = TestLicences.bulletin(LocalDate.of(2021, 5, 1)); // last day 2026-04-30
        assertThat(LicenceValidity.expiresWithin(licence, LocalDate.of(2026, 3, 1), 60))
                .isTrue();
        assertThat(LicenceValidity.expiresWithin(licence, LocalDate.of(2026, 2, 28), 60))
                .isFalse();
        assertThat(LicenceValidity.expiresWithin(licence, LocalDate.of(2026, 5, 1), 60))
                .as("already expired")
                .isFalse();
        licence.markRevoked(LocalDate.of(2026, 3, 2));
        assertThat(LicenceValidity.expiresWithin(licence, LocalDate.of(2026, 3, 3), 60))
                .isFalse();
    }

    @Test
    void theIssueMonthIsKeptForTheMonthlyReport() {
        var licence = TestLicences.bulletin(LocalDate.of(2026, 11, 22));
        assertThat(licence.getIssueYear()).isEqualTo(2026);
        assertThat(licence.getNumber()).isEqualTo("12/GP-STTTT");
    }
}
