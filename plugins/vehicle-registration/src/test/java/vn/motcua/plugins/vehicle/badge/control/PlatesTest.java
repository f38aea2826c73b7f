package vn.motcua.plugins.vehicle.badge.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatesTest {

    @ParameterizedTest(name = "\"{0}\" is stored as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "30A-123.45   | 30A12345",
                "30a-123.45   | 30A12345",
                "30A 123 45   | 30A12345",
                " 51G12345    | 51G12345",
                "51g-123.45   | 51G12345",
                "29LD-123.45  | 29LD12345",
                "30A-1234     | 30A1234",
                "99C_000.01   | 99C00001",
                "11A/12345    | 11A12345"
            })
    void everySpellingOfAPlateNormalisesToOneForm(String typed, String stored) {
        assertThat(Plates.normalise(typed)).contains(stored);
    }

    @ParameterizedTest(name = "\"{0}\" is not a car plate")
    @ValueSource(
            strings = {
                "",
                "   ",
                "10A-123.45", // locality codes start at 11
                "09A12345",
                "3A-123.45", // one digit
                "30ABC-123.45", // three series letters
                "30A-123", // three digits
                "30A-123456", // six digits
                "30-123.45", // no series
                "A30-123.45",
                "30A-12E.45",
                "30Ă-123.45" // not an ASCII series letter
            })
    void textThatIsNotACarPlateIsRefused(String typed) {
        assertThat(Plates.normalise(typed)).isEmpty();
    }

    @Test
    void nullIsNotAPlate() {
        assertThat(Plates.normalise(null)).isEmpty();
        assertThat(Plates.display(null)).isNull();
        assertThat(Plates.strip(null)).isEmpty();
    }

    @Test
    void aStoredPlatePrintsWithItsDashAndTheDotOfFiveDigitNumbers() {
        assertThat(Plates.display("30A12345")).isEqualTo("30A-123.45");
        assertThat(Plates.display("29LD00001")).isEqualTo("29LD-000.01");
        assertThat(Plates.display("30A1234")).isEqualTo("30A-1234");
        assertThat(Plates.display("not a plate")).isEqualTo("not a plate");
    }

    @Test
    void printedAndNormalisedFormsRoundTrip() {
        for (String stored : new String[] {"30A12345", "51G1234", "29LD99999"}) {
            assertThat(Plates.normalise(Plates.display(stored))).contains(stored);
        }
    }

    @Test
    void partOfAPlateIsStrippedForALookup() {
        assertThat(Plates.strip(" 30a-123.")).isEqualTo("30A123");
        assertThat(Plates.strip("123.45")).isEqualTo("12345");
    }
}
