package vn.motcua.plugins.vehicle.numbering.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.motcua.spi.DomainException;

class DocumentNumbersTest {

    @Test
    void aLicenceNumberHasTwelveDigitsProvinceYearSequence() {
        assertThat(DocumentNumbers.licence("99", 2026, 1))
                .isEqualTo("992600000001")
                .hasSize(12);
        assertThat(DocumentNumbers.licence("79", 2031, 12_345_678)).isEqualTo("793112345678");
        assertThat(DocumentNumbers.licence("99", 2026, DocumentNumbers.MAX_LICENCE_SEQUENCE))
                .matches("\\d{12}");
    }

    @Test
    void aBadgeNumberIsSequenceYearPh() {
        assertThat(DocumentNumbers.badge(2026, 1)).isEqualTo("000001/2026/PH");
        assertThat(DocumentNumbers.badge(2026, 123_456)).isEqualTo("123456/2026/PH");
    }

    @Test
    void aSeriesRunOutSaysSoInsteadOfWrappingAround() {
        assertThatThrownBy(() -> DocumentNumbers.licence("99", 2026, DocumentNumbers.MAX_LICENCE_SEQUENCE + 1))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("vehicle-registration.numbering.exhausted"));
        assertThatThrownBy(() -> DocumentNumbers.badge(2026, 0)).isInstanceOf(DomainException.class);
    }

    @Test
    void theProvinceComesFromTheAgencyPartOfTheDossierCode() {
        assertThat(DocumentNumbers.province("000.00.14.H99-261201-0001")).isEqualTo("99");
        assertThat(DocumentNumbers.province("000.00.02.H26-250101-0042")).isEqualTo("26");
        assertThat(DocumentNumbers.province("TEST-0001")).isEqualTo("00");
        assertThat(DocumentNumbers.province(null)).isEqualTo("00");
    }
}
