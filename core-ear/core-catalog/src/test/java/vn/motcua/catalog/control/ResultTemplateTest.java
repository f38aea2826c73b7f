package vn.motcua.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultTemplateTest {

    @Test
    void fieldsOfTheDossierAndOfTheVersionsFormAreKnownAnythingElseIsNamed() {
        String body = "Cấp cho ${applicantName} tại ${ form.printingHouse }\n${madeUp} và ${form.notAField} ${madeUp}";
        assertThat(ResultTemplate.unknownFields(body, List.of("printingHouse")))
                .containsExactly("madeUp", "form.notAField");
        assertThat(ResultTemplate.unknownFields(null, List.of())).isEmpty();
        assertThat(ResultTemplate.unknownFields(ResultTemplate.DEFAULT_BODY, List.of()))
                .as("the default text uses known fields only")
                .isEmpty();
    }

    @Test
    void valuesAreInsertedAsPlainTextAndMissingOnesAreDottedBlanks() {
        Map<String, String> values = Map.of("applicantName", "Nguyễn Văn $1 \\ An", "form.machines", "4\n# chèn");
        List<String> paragraphs = ResultTemplate.fill(
                "# GIẤY CHỨNG NHẬN\n\nCấp cho ${applicantName}\n- Số máy: ${form.machines}\nĐịa chỉ: ${applicantAddress}",
                values::get);
        assertThat(paragraphs)
                .containsExactly(
                        "# GIẤY CHỨNG NHẬN", "Cấp cho Nguyễn Văn $1 \\ An", "- Số máy: 4\n# chèn", "Địa chỉ: ……………");
    }

    @Test
    void aBlankTextGivesTheDefaultOne() {
        List<String> paragraphs = ResultTemplate.fill("  ", field -> "X");
        assertThat(paragraphs).hasSize(4);
        assertThat(paragraphs.get(1)).startsWith("# X");
    }
}
