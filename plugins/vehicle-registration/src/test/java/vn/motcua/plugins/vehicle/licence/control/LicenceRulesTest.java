package vn.motcua.plugins.vehicle.licence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.plugins.vehicle.VehicleRegistrationPlugin.EXCHANGE;
import static vn.motcua.plugins.vehicle.VehicleRegistrationPlugin.REISSUE;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.plugins.vehicle.licence.entity.LicenceApplication;
import vn.motcua.plugins.vehicle.licence.entity.ReissueReason;
import vn.motcua.spi.DomainException;

/** The class rules of the 2008 and 2024 laws as the counter meets them. Day of receipt: 2 March 2026. */
class LicenceRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LocalDate BORN = LocalDate.of(1985, 6, 15);

    /** A valid application: a 2019 B2 licence valid ten years, certificate of last week. */
    static LicenceApplication b2() {
        var a = new LicenceApplication(EXCHANGE);
        a.setLicenceNumber("790123456789");
        a.setLicenceClass("B2");
        a.setIssuedOn(LocalDate.of(2019, 5, 10));
        a.setExpiresOn(LocalDate.of(2029, 5, 10));
        a.setHolderBirthDate(BORN);
        a.setHealthCertificateOn(TODAY.minusDays(7));
        a.setRequestedClass("B");
        return a;
    }

    static LicenceApplication licence(String code, LocalDate issued, LocalDate expires) {
        var a = b2();
        a.setLicenceClass(code);
        a.setIssuedOn(issued);
        a.setExpiresOn(expires);
        a.setRequestedClass(null);
        return a;
    }

    static void refused(ThrowingCallable call, String key, Object... arguments) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("vehicle-registration.licence." + key);
            if (arguments.length > 0) {
                assertThat(e.arguments()).containsExactly(arguments);
            }
        });
    }

    @Nested
    class ClassesReadWithTheLawOfTheirIssueDate {

        @Test
        void b1IssuedIn2024IsTheOldCarClassAndIn2025TheThreeWheeler() {
            assertThat(HeldClass.of("B1", LocalDate.of(2024, 12, 31))).contains(LegacyLicenceClass.B1);
            assertThat(HeldClass.of("B1", LocalDate.of(2025, 1, 1))).contains(LicenceClass.B1);
            assertThat(HeldClass.of("B1TD", LocalDate.of(2020, 1, 1))).contains(LegacyLicenceClass.B1_AUTOMATIC);
        }

        @Test
        void aB2DatedAfterTheNewLawIsATypingMistake() {
            refused(
                    () -> LicenceRules.check(
                            licence("B2", LocalDate.of(2025, 3, 1), LocalDate.of(2035, 3, 1)), EXCHANGE, TODAY),
                    "class.legacyOnly",
                    "B2",
                    "01/03/2025");
        }

        @Test
        void aC1DatedBeforeTheNewLawIsATypingMistake() {
            refused(
                    () -> LicenceRules.check(
                            licence("C1", LocalDate.of(2020, 3, 1), LocalDate.of(2030, 3, 1)), EXCHANGE, TODAY),
                    "class.newOnly",
                    "C1",
                    "01/03/2020");
        }

        @Test
        void anUnknownCodeIsRefused() {
            refused(
                    () -> LicenceRules.check(licence("Z9", LocalDate.of(2020, 3, 1), null), EXCHANGE, TODAY),
                    "class.unknown",
                    "Z9");
        }

        @Test
        void everyCodeOfBothLawsIsOfferedOnceWithTheNewClassesFirst() {
            assertThat(HeldClass.allCodes())
                    .startsWith("A1", "A", "B1", "B", "C1", "C", "D1", "D2", "D", "BE", "C1E", "CE", "D1E", "D2E", "DE")
                    .contains("A2", "A3", "A4", "B1TD", "B2", "E", "FB2", "FC", "FD", "FE")
                    .doesNotHaveDuplicates()
                    .hasSize(25);
        }
    }

    @Nested
    class ExpiryConsistentWithTheClass {

        @ParameterizedTest(name = "{0} issued {1} may run to {2}, not a day more")
        @CsvSource({
            "B, 2025-02-01, 2035-02-01",
            "C1, 2025-02-01, 2035-02-01",
            "C, 2025-02-01, 2030-02-01",
            "D2, 2025-02-01, 2030-02-01",
            "CE, 2025-02-01, 2030-02-01",
            "B2, 2016-02-01, 2026-02-01",
            "A4, 2017-02-01, 2027-02-01",
            "FC, 2022-02-01, 2027-02-01",
            "E, 2022-02-01, 2027-02-01"
        })
        void theLongestValidityOfEachClassIsAcceptedAndADayMoreIsNot(String code, LocalDate issued, LocalDate latest) {
            var a = licence(code, issued, latest);
            HeldClass held = HeldClass.of(code, issued).orElseThrow();
            LicenceRules.checkExpiry(a, held);
            a.setExpiresOn(latest.plusDays(1));
            refused(() -> LicenceRules.checkExpiry(a, held), "expiry.tooLate");
        }

        @ParameterizedTest(name = "{0} issued {1} has no time limit")
        @CsvSource({"A1, 2025-02-01", "A, 2025-02-01", "B1, 2025-02-01", "A1, 2010-02-01", "A2, 2010-02-01"})
        void unlimitedClassesTakeNoExpiry(String code, LocalDate issued) {
            var a = licence(code, issued, null);
            HeldClass held = HeldClass.of(code, issued).orElseThrow();
            LicenceRules.checkExpiry(a, held);
            a.setExpiresOn(issued.plusYears(10));
            refused(() -> LicenceRules.checkExpiry(a, held), "expiry.unlimited", code);
        }

        @Test
        void aLimitedClassNeedsItsExpiry() {
            var a = licence("C", LocalDate.of(2025, 2, 1), null);
            refused(() -> LicenceRules.checkExpiry(a, LicenceClass.C), "expiry.required", "C");
        }

        @Test
        void anExpiryBeforeTheIssueIsRefused() {
            var a = licence("B", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 1));
            refused(() -> LicenceRules.checkExpiry(a, LicenceClass.B), "expiry.beforeIssue");
        }

        @Test
        void anOldB1RunsUntilTheSixtiethBirthdayOrTenYearsWhicheverIsLater() {
            // Born 1985: until 15/06/2045 when issued young.
            var young = licence("B1", LocalDate.of(2010, 1, 5), LocalDate.of(2045, 6, 15));
            LicenceRules.checkExpiry(young, LegacyLicenceClass.B1);
            young.setExpiresOn(LocalDate.of(2045, 6, 16));
            refused(() -> LicenceRules.checkExpiry(young, LegacyLicenceClass.B1), "expiry.tooLate");
            // Issued at 55: ten years, beyond the sixtieth birthday.
            var older = licence("B1", LocalDate.of(2040, 7, 1), LocalDate.of(2050, 7, 1));
            assertThat(LegacyLicenceClass.B1.latestExpiry(older.getIssuedOn(), BORN))
                    .contains(LocalDate.of(2050, 7, 1));
        }
    }

    @Nested
    class AgeForTheClass {

        @Test
        void aDriverTooYoungOnTheDayOfIssueMeansAWrongDate() {
            var a = licence("C", LocalDate.of(2025, 2, 1), LocalDate.of(2030, 2, 1));
            a.setHolderBirthDate(LocalDate.of(2004, 2, 2)); // 20 on the day of issue, C needs 21
            refused(
                    () -> LicenceRules.check(a, EXCHANGE, TODAY),
                    "tooYoungAtIssue",
                    "C",
                    "02/02/2004",
                    "01/02/2025",
                    "21");
            a.setHolderBirthDate(LocalDate.of(2004, 2, 1)); // 21 that very day
            assertThat(LicenceRules.check(a, EXCHANGE, TODAY).target()).isEqualTo(LicenceClass.C);
        }

        @Test
        void theClassAskedForNeedsItsAgeOnTheDayOfReceipt() {
            // FB2 at 22 converts to BE (21) or C1E (24).
            var a = licence("FB2", LocalDate.of(2024, 3, 1), LocalDate.of(2029, 3, 1));
            a.setHolderBirthDate(LocalDate.of(2003, 1, 1));
            a.setRequestedClass("C1E");
            refused(() -> LicenceRules.check(a, EXCHANGE, TODAY), "target.tooYoung", "C1E", "24");
            a.setRequestedClass("BE");
            assertThat(LicenceRules.check(a, EXCHANGE, TODAY).target()).isEqualTo(LicenceClass.BE);
        }

        @Test
        void aBirthDateAfterTheIssueIsRefused() {
            var a = b2();
            a.setHolderBirthDate(a.getIssuedOn().plusDays(1));
            refused(() -> LicenceRules.check(a, EXCHANGE, TODAY), "birthAfterIssue");
        }
    }

    @Nested
    class ConversionIntoThe2024Classes {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"A2, A", "A3, B1", "C, C", "D, D2", "E, D", "FC, CE", "FD, D2E", "FE, DE"})
        void aClassWithOneTargetConvertsWithoutAsking(String code, String target) {
            var a = licence(code, LocalDate.of(2023, 4, 1), code.startsWith("A") ? null : LocalDate.of(2028, 4, 1));
            a.setHolderBirthDate(LocalDate.of(1970, 1, 1));
            assertThat(LicenceRules.check(a, EXCHANGE, TODAY).target().code()).isEqualTo(target);
        }

        @Test
        void anOldA1BecomesARestrictedA() {
            var a = licence("A1", LocalDate.of(2012, 4, 1), null);
            var conversion = LicenceRules.check(a, EXCHANGE, TODAY);
            assertThat(conversion.target()).isEqualTo(LicenceClass.A);
            assertThat(conversion.restriction()).contains("175 cm3");
        }

        @Test
        void anAutomaticB1BecomesAnAutomaticOnlyB() {
            var a = licence("B1TD", LocalDate.of(2018, 4, 1), LocalDate.of(2045, 6, 15));
            var conversion = LicenceRules.check(a, EXCHANGE, TODAY);
            assertThat(conversion.target()).isEqualTo(LicenceClass.B);
            assertThat(conversion.restriction()).contains("số tự động");
        }

        @Test
        void aB2MustSayWhetherItBecomesBOrC1() {
            var a = b2();
            a.setRequestedClass(null);
            refused(() -> LicenceRules.check(a, EXCHANGE, TODAY), "target.choose", "B2", "B, C1");
            a.setRequestedClass("C1");
            assertThat(LicenceRules.check(a, EXCHANGE, TODAY).target()).isEqualTo(LicenceClass.C1);
            a.setRequestedClass("C");
            refused(() -> LicenceRules.check(a, EXCHANGE, TODAY), "target.notAllowed", "B2", "B, C1", "C");
        }

        @Test
        void anA4BecomesNoDrivingLicenceAtAll() {
            var a = licence("A4", LocalDate.of(2020, 4, 1), LocalDate.of(2030, 4, 1));
            refused(() -> LicenceRules.check(a, EXCHANGE, TODAY), "target.none", "A4");
        }

        @Test
        void aNewLicenceIsExchangedInItsOwnClassOnly() {
            var a = licence("D1", LocalDate.of(2025, 4, 1), LocalDate.of(2030, 4, 1));
            assertThat(LicenceRules.check(a, EXCHANGE, TODAY).target()).isEqualTo(LicenceClass.D1);
            a.setRequestedClass("D");
            refused(() -> LicenceRules.check(a, EXCHANGE, TODAY), "target.notAllowed", "D1", "D1", "D");
        }

        @Test
        void theNewLicenceRunsAsLongAsItsClassAllowsFromItsIssue() {
            LocalDate approved = LocalDate.of(2026, 3, 10);
            assertThat(LicenceClass.B.expiry(approved)).contains(LocalDate.of(2036, 3, 10));
            assertThat(LicenceClass.CE.expiry(approved)).contains(LocalDate.of(2031, 3, 10));
            assertThat(LicenceClass.A.expiry(approved)).isEmpty();
        }
    }

    @Nested
    class TheProcedureFitsTheLicence {

        @Test
        void anExpiredLicenceIsNotExchangedButReissued() {
            var a = licence("C", LocalDate.of(2021, 3, 1), LocalDate.of(2026, 3, 1));
            refused(() -> LicenceRules.check(a, EXCHANGE, TODAY), "exchange.expired", "01/03/2026");
            a.setReissueReason(ReissueReason.EXPIRED);
            assertThat(LicenceRules.check(a, REISSUE, TODAY).target()).isEqualTo(LicenceClass.C);
        }

        @Test
        void aLicenceExpiringOnTheDayOfReceiptIsStillExchanged() {
            var a = licence("C", LocalDate.of(2021, 3, 2), LocalDate.of(2026, 3, 2));
            assertThat(LicenceRules.check(a, EXCHANGE, TODAY).target()).isEqualTo(LicenceClass.C);
        }

        @Test
        void aReissueNeedsItsReasonAndExpiredMeansExpired() {
            var a = b2();
            refused(() -> LicenceRules.check(a, REISSUE, TODAY), "reissue.reasonRequired");
            a.setReissueReason(ReissueReason.EXPIRED);
            refused(() -> LicenceRules.check(a, REISSUE, TODAY), "reissue.notExpired", "10/05/2029", "B2");
            a.setReissueReason(ReissueReason.LOST);
            assertThat(LicenceRules.check(a, REISSUE, TODAY).target()).isEqualTo(LicenceClass.B);
        }

        @Test
        void aStaleHealthCertificateIsRefusedAtTheCounter() {
            var a = b2();
            a.setHealthCertificateOn(TODAY.minusMonths(6).minusDays(1));
            assertThatThrownBy(() -> LicenceRules.check(a, EXCHANGE, TODAY))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("vehicle-registration.licence.health.tooOld"));
            a.setHealthCertificateOn(TODAY.minusMonths(6));
            assertThat(LicenceRules.check(a, EXCHANGE, TODAY).target()).isEqualTo(LicenceClass.B);
        }

        @Test
        void aLicenceDatedAfterTheReceiptIsRefused() {
            var a = licence("B", TODAY.plusDays(1), TODAY.plusYears(10));
            refused(() -> LicenceRules.check(a, EXCHANGE, TODAY), "issuedAfterReceipt");
        }
    }
}
