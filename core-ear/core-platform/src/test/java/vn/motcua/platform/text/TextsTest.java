package vn.motcua.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void nothingTypedIsStoredAsNull() {
        assertThat(Texts.trimToNull(null)).isNull();
        assertThat(Texts.trimToNull("")).isNull();
        assertThat(Texts.trimToNull(" \t\n ")).isNull();
        assertThat(Texts.trimToNull("\u2003\u3000"))
                .as("em space, ideographic space")
                .isNull();
    }

    @Test
    void surroundingWhiteSpaceIsRemovedAndTheRestKept() {
        assertThat(Texts.trimToNull("  Sở Thông tin và Truyền thông\n")).isEqualTo("Sở Thông tin và Truyền thông");
        assertThat(Texts.trimToNull("\u20030912 345 678\t")).isEqualTo("0912 345 678");
        assertThat(Texts.trimToNull("a  b")).isEqualTo("a  b");
    }
}
