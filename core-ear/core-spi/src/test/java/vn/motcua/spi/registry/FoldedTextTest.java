package vn.motcua.spi.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The folding of plugins' search columns, and the registry filter that folds the typed text the same way. */
class FoldedTextTest {

    @ParameterizedTest
    @CsvSource({
        "'Nguyễn Văn An', 'nguyen van an'",
        "'NGUYỄN THỊ LAN', 'nguyen thi lan'",
        "'Đặng Đình Đức', 'dang dinh duc'",
        "'Bản tin Thông tin Thái Hòa', 'ban tin thong tin thai hoa'",
        "'  Hồ   Thị\tỶ  ', 'ho thi y'",
        "'Công ty TNHH Vận tải Ứng Hòa', 'cong ty tnhh van tai ung hoa'",
        "'079144000123', '079144000123'"
    })
    void foldsVietnameseToBareLowerCaseLetters(String text, String folded) {
        assertThat(FoldedText.of(text)).isEqualTo(folded);
    }

    @Test
    void foldsComposedAndDecomposedSpellingsAlikeJoinsPartsAndCutsToTheColumn() {
        assertThat(FoldedText.of("Nguy\u1ec5n")).isEqualTo(FoldedText.of("Nguye\u0302\u0303n"));
        assertThat(FoldedText.of("Lê Văn Bảo", null, " ", "079144000123")).isEqualTo("le van bao 079144000123");
        assertThat(FoldedText.of(5, "Nguyễn Văn")).isEqualTo("nguye");
        assertThat(FoldedText.of((String) null)).isEmpty();
    }

    @Test
    void aFoldedFilterIsAPlainLikeOnTheColumnWithTheTypedTextFoldedAsTheRowsAre() {
        var query = RegistryQuery.select(Object.class, "b", "SocialWelfareBeneficiary b")
                .containsFolded("  Nguyen   VAN ", "b.searchText")
                .containsFolded("Bảo 50%", "b.otherSearchText");

        assertThat(query.conditions())
                .containsExactly("b.searchText like :motcuaText1", "b.otherSearchText like :motcuaText2");
        assertThat(query.parameters())
                .containsEntry("motcuaText1", "%nguyen van%")
                .containsEntry("motcuaText1", "%" + FoldedText.of("Nguyễn Văn") + "%")
                .containsEntry("motcuaText2", "%bao 50_%");
    }

    @Test
    void blankTextFiltersNothingAndOnlyAPathIsAccepted() {
        var query = RegistryQuery.select(Object.class, "b", "SocialWelfareBeneficiary b")
                .containsFolded(" ", "b.searchText")
                .containsFolded(null, "b.searchText");
        assertThat(query.conditions()).isEmpty();
        assertThatThrownBy(() -> query.containsFolded("x", "b.searchText or 1=1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSearchColumnNamesAnAttributeOnly() {
        assertThat(SearchColumn.of(String.class, s -> {}).attribute()).isEqualTo("searchText");
        assertThatThrownBy(() -> new SearchColumn<>(String.class, "searchText is null or 1", s -> {}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
