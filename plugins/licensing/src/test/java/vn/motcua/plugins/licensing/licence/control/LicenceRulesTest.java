package vn.motcua.plugins.licensing.licence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceKind;
import vn.motcua.spi.DomainException;

class LicenceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void aValidBulletinLicenceOfTheSameHolderMayBeAmended() {
        Licence licence = TestLicences.bulletin(LocalDate.of(2025, 3, 1));
        assertThatCode(() -> LicenceRules.requireAmendable(licence, "12/GP-STTTT", 2025, "0101234567", TODAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> LicenceRules.requireAmendable(licence, "12", 2025, " 0101-234-567 ", TODAY))
                .as("tax code typed with separators")
                .doesNotThrowAnyException();
    }

    @Test
    void aLicenceMissingFromTheRegistryIsNamedInTheMessage() {
        assertThatThrownBy(() -> LicenceRules.requireAmendable(null, " 99/GP-STTTT ", 2024, "0101234567", TODAY))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    var d = (DomainException) e;
                    assertThat(d.messageKey()).isEqualTo("licensing.licence.notFound");
                    assertThat(d.arguments()).containsExactly("99/GP-STTTT", "2024");
                });
    }

    @Test
    void anotherHoldersLicenceIsRefused() {
        Licence licence = TestLicences.bulletin(LocalDate.of(2025, 3, 1));
        assertThatThrownBy(() -> LicenceRules.requireAmendable(licence, "12", 2025, "0309999999", TODAY))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("licensing.licence.otherHolder");
    }

    @Test
    void anAmendedRevokedOrExpiredLicenceCannotBeAmendedAgain() {
        Licence amended = TestLicences.bulletin(LocalDate.of(2025, 3, 1));
        amended.markAmended(LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> LicenceRules.requireAmendable(amended, "12", 2025, TestLicences.HOLDER_ID, TODAY))
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("licensing.licence.amended");
                    assertThat(((DomainException) e).arguments()).containsExactly("12/GP-STTTT", "01/02/2026");
                });

        Licence revoked = TestLicences.bulletin(LocalDate.of(2025, 3, 1));
        revoked.markRevoked(LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> LicenceRules.requireAmendable(revoked, "12", 2025, TestLicences.HOLDER_ID, TODAY))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("licensing.licence.revoked");

        Licence expired = TestLicences.bulletin(LocalDate.of(2020, 3, 1)); // last day 2025-02-28
        assertThatThrownBy(() -> LicenceRules.requireAmendable(expired, "12", 2020, TestLicences.HOLDER_ID, TODAY))
                .satisfies(e -> {
                    assertThat(((DomainException) e).messageKey()).isEqualTo("licensing.licence.expired");
                    assertThat(((DomainException) e).arguments()).containsExactly("12/GP-STTTT", "28/02/2025");
                });
    }

    @Test
    void onlyBulletinLicencesAreAmendedOrRevokedByTheseProcedures() {
        Licence document = TestLicences.licence(LicenceKind.NON_COMMERCIAL, 3, LocalDate.of(2026, 5, 1));
        assertThatThrownBy(() -> LicenceRules.requireAmendable(document, "3", 2026, TestLicences.HOLDER_ID, TODAY))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("licensing.licence.notBulletin");
        assertThatThrownBy(() -> LicenceRules.requireRevocable(document, "3", 2026, TODAY))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("licensing.licence.notBulletin");
    }

    @Test
    void aRevocationNeedsAValidLicenceButNotTheHolderAsApplicant() {
        Licence licence = TestLicences.bulletin(LocalDate.of(2025, 3, 1));
        assertThatCode(() -> LicenceRules.requireRevocable(licence, "12", 2025, TODAY))
                .doesNotThrowAnyException();
        licence.markRevoked(TODAY);
        assertThatThrownBy(() -> LicenceRules.requireRevocable(licence, "12", 2025, TODAY.plusDays(1)))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("licensing.licence.revoked");
    }

    @Test
    void typedNumbersAreTidiedAndARunningNumberAloneIsRecognised() {
        assertThat(LicenceRules.tidyNumber(" 12 / gp-stttt ")).isEqualTo("12/GP-STTTT");
        assertThat(LicenceRules.sequenceOnly(" 12 ")).isEqualTo(12);
        assertThat(LicenceRules.sequenceOnly("12/GP-STTTT")).isNull();
        assertThat(LicenceRules.sequenceOnly(null)).isNull();
    }

    @Test
    void holdersMatchOnTheirIdNumberIgnoringSeparatorsButNeverOnBlanks() {
        assertThat(LicenceRules.sameHolder("0101234567", "0101.234.567")).isTrue();
        assertThat(LicenceRules.sameHolder("0101234567", "0101234568")).isFalse();
        assertThat(LicenceRules.sameHolder("", "")).isFalse();
        assertThat(LicenceRules.sameHolder(null, null)).isFalse();
    }
}
