package vn.motcua.dossier.printing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rendering beyond the golden dossier: data that looks like template text, long forms, blanks, dates. */
class FormRenderingTest {
    static final FormRenderer RENDERER = new FormRenderer();

    static FormSheet with(FormSheet s, FormSheet.Applicant applicant, List<FormSheet.DocumentLine> documents) {
        return new FormSheet(
                s.kind(),
                s.header(),
                s.issuedOn(),
                s.dossierCode(),
                s.lookupUrl(),
                applicant,
                s.procedureName(),
                s.receivedAt(),
                s.dueAt(),
                s.newDueAt(),
                s.delayReason(),
                s.reasons(),
                documents,
                s.neededDocuments(),
                s.handOvers(),
                s.officerName(),
                s.resultDelivery(),
                s.receipt());
    }

    @Test
    void valuesArePrintedAsTheyAreNeverReadAsTemplateText() {
        FormSheet.Applicant sly = new FormSheet.Applicant(
                "${lookupUrl} [[signature]] #{facesContext} <script>alert(1)</script>",
                "${officerName}",
                null,
                null,
                null);
        String text = PdfProbe.of(RENDERER.render(
                        with(FormsGoldenTest.sheet(FormKind.RECEIPT), sly, FormsGoldenTest.DOCUMENTS),
                        DefaultTemplates.of(FormKind.RECEIPT)))
                .flatText();
        assertThat(text)
                .contains("Tiếp nhận hồ sơ của: ${lookupUrl} [[signature]] #{facesContext} <script>alert(1)</script>")
                .contains("Số giấy tờ tùy thân: ${officerName}");
        // The signature block is placed once, by the template, not again by the applicant's name.
        assertThat(text.split("NGƯỜI TIẾP NHẬN HỒ SƠ", -1)).hasSize(2);
    }

    @Test
    void missingValuesPrintAsDottedBlanksToFillByHand() {
        String text = PdfProbe.of(RENDERER.render(
                        with(FormsGoldenTest.sheet(FormKind.RECEIPT), null, List.of()),
                        DefaultTemplates.of(FormKind.RECEIPT)))
                .flatText();
        assertThat(text)
                .contains("Tiếp nhận hồ sơ của: " + TemplateLine.BLANK)
                .contains("Số điện thoại: " + TemplateLine.BLANK);
    }

    @Test
    void aFormPastOnePageIsNumbered() {
        List<FormSheet.DocumentLine> many = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> new FormSheet.DocumentLine("Giấy tờ kèm theo số " + i, "Bản sao", 1))
                .toList();
        PdfProbe pdf = PdfProbe.of(RENDERER.render(
                with(FormsGoldenTest.sheet(FormKind.RECEIPT), FormsGoldenTest.APPLICANT, many),
                DefaultTemplates.of(FormKind.RECEIPT)));
        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pdf.flatText())
                .contains("Trang 1/2", "Trang 2/2", "Giấy tờ kèm theo số 40", "STT Tên giấy tờ")
                .doesNotContain("Trang 1/1");
        assertThat(pdf.qr()).isEqualTo(FormsGoldenTest.LOOKUP);
    }

    @Test
    void aOnePageFormHasNoPageNumber() {
        assertThat(PdfProbe.of(RENDERER.render(
                                FormsGoldenTest.sheet(FormKind.APOLOGY), DefaultTemplates.of(FormKind.APOLOGY)))
                        .flatText())
                .doesNotContain("Trang 1");
    }

    @Test
    void aTemplateOfAnotherFormIsRefused() {
        assertThatThrownBy(() ->
                        RENDERER.render(FormsGoldenTest.sheet(FormKind.APOLOGY), DefaultTemplates.of(FormKind.RECEIPT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDateLineFollowsTheRulesOnAdministrativeDocuments() {
        assertThat(FormDates.dateLine("Thái Hòa", LocalDate.of(2026, 2, 5)))
                .isEqualTo("Thái Hòa, ngày 05 tháng 02 năm 2026");
        assertThat(FormDates.dateLine("Thái Hòa", LocalDate.of(2026, 11, 22)))
                .isEqualTo("Thái Hòa, ngày 22 tháng 11 năm 2026");
        assertThat(FormDates.dateLine("Thái Hòa", LocalDate.of(2026, 3, 9)))
                .isEqualTo("Thái Hòa, ngày 09 tháng 3 năm 2026");
    }
}
