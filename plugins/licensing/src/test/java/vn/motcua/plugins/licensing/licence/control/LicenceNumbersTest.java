package vn.motcua.plugins.licensing.licence.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.licensing.licence.entity.IssuedNumber;
import vn.motcua.plugins.licensing.licence.entity.Series;
import vn.motcua.spi.directory.AgencyNames;

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
        numbers.agencies = new AgencyNames() {
            @Override
            public String shortName(long agencyId) {
                return agencyId == 110L ? "STTTT" : "?";
            }

            @Override
            public String name(long agencyId) {
                return "Sở Thông tin và Truyền thông";
            }
        };
        IssuedNumber issued = numbers.next(110L, 2026, Series.DECISION);
        assertThat(issued).isEqualTo(new IssuedNumber(7, 2026, "7/QĐ-STTTT"));
        assertThat(asked).containsExactly("licensing.QD 110 2026");
    }
}
