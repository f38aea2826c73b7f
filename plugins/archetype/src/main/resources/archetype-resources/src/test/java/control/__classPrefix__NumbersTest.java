package ${package}.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import vn.motcua.spi.directory.AgencyNames;

class ${classPrefix}NumbersTest {

    @Test
    void aNumberIsTheSequenceTheSeriesAndTheAgencyInitials() {
        assertThat(${classPrefix}Numbers.format(1, "SGTVT")).isEqualTo("1/" + ${classPrefix}Numbers.SYMBOL + "-SGTVT");
        assertThat(${classPrefix}Numbers.format(128, "STTTT")).isEqualTo("128/" + ${classPrefix}Numbers.SYMBOL + "-STTTT");
        assertThatThrownBy(() -> ${classPrefix}Numbers.format(0, "SGTVT")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSequenceComesFromThePluginsSeriesInTheCoresNumbering() {
        var asked = new ArrayList<String>();
        var numbers = new ${classPrefix}Numbers();
        numbers.numbers = (series, agencyId, year) -> {
            asked.add(series + " " + agencyId + " " + year);
            return 12;
        };
        numbers.agencies = new AgencyNames() {
            @Override
            public String shortName(long agencyId) {
                return "SGTVT";
            }

            @Override
            public String name(long agencyId) {
                return "Sở Giao thông vận tải";
            }
        };
        assertThat(numbers.next(130L, 2026))
                .isEqualTo(new ${classPrefix}Numbers.Issued("12/" + ${classPrefix}Numbers.SYMBOL + "-SGTVT", 12));
        assertThat(asked).containsExactly("${pluginId}.result 130 2026");
    }
}
