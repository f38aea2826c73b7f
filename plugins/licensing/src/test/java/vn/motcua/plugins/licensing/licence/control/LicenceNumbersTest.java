package vn.motcua.plugins.licensing.licence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.plugins.licensing.licence.entity.Series;

class LicenceNumbersTest {

    @Test
    void aLicenceNumberIsTheRunningNumberTheSeriesAndTheAgencySymbol() {
        assertThat(LicenceNumbers.format(12, Series.LICENCE, "STTTT")).isEqualTo("12/GP-STTTT");
        assertThat(LicenceNumbers.format(1, Series.LICENCE, "STTTT")).isEqualTo("1/GP-STTTT");
        assertThat(LicenceNumbers.format(3, Series.DECISION, "STTTT")).isEqualTo("3/QĐ-STTTT");
    }

    @Test
    void numbersStartAtOne() {
        assertThatThrownBy(() -> LicenceNumbers.format(0, Series.LICENCE, "STTTT"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Sở Thông tin và Truyền thông|STTTT",
                "Sở Giao thông vận tải|SGTVT",
                "Sở Lao động - Thương binh và Xã hội|SLĐTBXH",
                "  Sở   Thông tin và Truyền thông |STTTT",
                "Ủy ban nhân dân tỉnh Thái Hòa|UBNDTTH",
                "Sở Văn hóa, Thể thao và Du lịch|SVHTTDL"
            })
    void theAgencySymbolIsTheInitialsOfItsNameWithoutSmallWords(String name, String symbol) {
        assertThat(LicenceNumbers.agencySymbol(name)).isEqualTo(symbol);
    }

    @Test
    void seriesHaveTheirOwnCounterCodeAndPrintedSymbol() {
        assertThat(Series.LICENCE.code()).isEqualTo("GP");
        assertThat(Series.DECISION.code()).as("ASCII in the counter table").isEqualTo("QD");
        assertThat(Series.DECISION.symbol()).isEqualTo("QĐ");
    }
}
