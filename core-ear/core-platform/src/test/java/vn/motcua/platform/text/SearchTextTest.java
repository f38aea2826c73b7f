package vn.motcua.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

    @ParameterizedTest
    @CsvSource({
        "'Nguyễn Văn An', 'nguyen van an'",
        "'NGUYỄN THỊ LAN', 'nguyen thi lan'",
        "'Đặng Đình Đức', 'dang dinh duc'",
        "'Cấp giấy phép xuất bản bản tin', 'cap giay phep xuat ban ban tin'",
        "'  Hồ   Thị\tỶ  ', 'ho thi y'",
        "'Trường Tiểu học Ứng Hòa', 'truong tieu hoc ung hoa'",
        "'1.004690', '1.004690'",
        "'nguyen van', 'nguyen van'"
    })
    void foldsVietnameseToBareLowerCaseLetters(String typed, String folded) {
        assertThat(SearchText.fold(typed)).isEqualTo(folded);
    }

    @Test
    void foldsComposedAndDecomposedSpellingsAlike() {
        String composed = "Nguy\u1ec5n"; // ễ as one code point
        String decomposed = "Nguye\u0302\u0303n"; // e + circumflex + tilde, as some keyboards send it
        assertThat(SearchText.fold(composed))
                .isEqualTo(SearchText.fold(decomposed))
                .isEqualTo("nguyen");
    }

    @Test
    void joinsPartsSkippingAbsentOnesAndCutsToTheColumn() {
        assertThat(SearchText.fold("1.004690", null, " ", "Cấp phép")).isEqualTo("1.004690 cap phep");
        assertThat(SearchText.fold(5, "Nguyễn Văn")).isEqualTo("nguye");
        assertThat(SearchText.fold((String) null)).isEmpty();
    }

    @Test
    void typedWildcardsMatchAnyOneCharacterWithoutAnEscapeClause() {
        assertThat(SearchText.containsPattern("50%_a\\b")).isEqualTo("%50__a_b%");
        assertThat(SearchText.containsPattern("nguyen van")).isEqualTo("%nguyen van%");
    }
}
