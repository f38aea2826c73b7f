package vn.motcua.dossier.control.numbering;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A result number series is '<plugin id>.<name>' and a plugin counts only in its own. */
class SeriesNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"licensing.GP", "social-welfare.decision", "vehicle-registration.BADGE", "idp.v2.GP_1"})
    void wellFormedSeriesPass(String series) {
        assertThatCode(() -> SeriesNames.check(null, series)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "GP",
                "licensing",
                "licensing.",
                "Licensing.GP",
                "1st.GP",
                ".GP",
                "licensing.QĐ",
                "licensing.G P",
                "licensing.-GP"
            })
    void malformedSeriesAreRefused(String series) {
        assertThatThrownBy(() -> SeriesNames.check(null, series))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<plugin id>.<name>");
    }

    @Test
    void aSeriesLongerThanItsColumnIsRefused() {
        String series = "licensing." + "G".repeat(SeriesNames.MAX_LENGTH - "licensing.".length());
        assertThatCode(() -> SeriesNames.check("licensing", series)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SeriesNames.check("licensing", series + "G"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPluginCountsOnlyInItsOwnSeries() {
        assertThatCode(() -> SeriesNames.check("licensing", "licensing.GP")).doesNotThrowAnyException();
        assertThatThrownBy(() -> SeriesNames.check("licensing", "social-welfare.decision"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'licensing'")
                .hasMessageContaining("social-welfare.decision");
        assertThatThrownBy(() -> SeriesNames.check("vehicle", "vehicle-registration.BADGE"))
                .as("a prefix of another plugin's id is not that plugin's")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
