package vn.motcua.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgencySymbolsTest {

    @Test
    void initialsWithoutSmallWordsAccentsDroppedButĐKept() {
        assertThat(AgencySymbols.derive("Sở Giao thông vận tải")).isEqualTo("SGTVT");
        assertThat(AgencySymbols.derive("Sở Thông tin và Truyền thông")).isEqualTo("STTTT");
        assertThat(AgencySymbols.derive("Sở Lao động - Thương binh và Xã hội")).isEqualTo("SLĐTBXH");
        assertThat(AgencySymbols.derive("Sở Văn hóa, Thể thao và Du lịch")).isEqualTo("SVHTTDL");
    }

    @Test
    void aPeoplesCommitteeIsUbnd() {
        assertThat(AgencySymbols.derive("Ủy ban nhân dân tỉnh Thái Hòa")).isEqualTo("UBND");
        assertThat(AgencySymbols.derive("Uỷ ban nhân dân xã Hòa An")).isEqualTo("UBND");
    }

    @Test
    void anEnteredShortNameWins() {
        assertThat(AgencySymbols.of("Sở Giao thông vận tải", " SGTVT-TH ")).isEqualTo("SGTVT-TH");
        assertThat(AgencySymbols.of("Sở Giao thông vận tải", " ")).isEqualTo("SGTVT");
        // A screen abbreviation with spaces is not a document symbol (the demo's "Sở TTTT").
        assertThat(AgencySymbols.of("Sở Thông tin và Truyền thông", "Sở TTTT")).isEqualTo("STTTT");
        assertThat(AgencySymbols.of("Ủy ban nhân dân xã Bình Minh", "UBND xã Bình Minh"))
                .isEqualTo("UBND");
    }

    @Test
    void aNameWithoutLettersIsRefused() {
        assertThatThrownBy(() -> AgencySymbols.derive(" - ")).isInstanceOf(IllegalArgumentException.class);
    }
}
