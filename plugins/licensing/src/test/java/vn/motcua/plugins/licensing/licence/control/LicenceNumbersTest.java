package vn.motcua.plugins.licensing.licence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.plugins.licensing.licence.entity.IssuedNumber;
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
        assertThat(Series.DECISION.code()).as("ASCII in the core's series name").isEqualTo("QD");
        assertThat(Series.DECISION.symbol()).isEqualTo("QĐ");
        assertThat(LicenceNumbers.series(Series.LICENCE)).isEqualTo("licensing.GP");
        assertThat(LicenceNumbers.series(Series.DECISION))
                .as("what V2 copied the old counter rows to")
                .isEqualTo("licensing.QD");
    }

    @Test
    void theRunningNumberComesFromTheCoresSeriesOfTheAgencyAndYear() {
        var asked = new ArrayList<String>();
        var numbers = new LicenceNumbers();
        numbers.numbers = (series, agencyId, year) -> {
            asked.add(series + " " + agencyId + " " + year);
            return 7;
        };
        IssuedNumber issued = numbers.next(110L, "Sở Thông tin và Truyền thông", 2026, Series.DECISION);
        assertThat(issued).isEqualTo(new IssuedNumber(7, 2026, "7/QĐ-STTTT"));
        assertThat(asked).containsExactly("licensing.QD 110 2026");
    }
}
