package vn.motcua.dossier.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The made-up dossier of the template preview prints on every form, and reads as made up. */
class SampleSheetsTest {

    @ParameterizedTest
    @EnumSource(FormKind.class)
    void everyFormPrintsTheSampleDossierMarkedAsSuch(FormKind kind) {
        FormSheet sample =
                SampleSheets.of(kind, "Thái Hòa", "https://motcua.example.invalid", LocalDate.of(2026, 12, 1));
        PdfProbe pdf = PdfProbe.of(new FormRenderer().render(sample, DefaultTemplates.of(kind)));
        assertThat(pdf.flatText())
                .contains(
                        "Mã hồ sơ: 000.00.00.H00-261201-0000",
                        "Nguyễn Văn A (hồ sơ mẫu)",
                        "Ủy ban nhân dân tỉnh Thái Hòa".toUpperCase());
        assertThat(pdf.qr())
                .isEqualTo(
                        "https://motcua.example.invalid/public/lookup.xhtml?code=000.00.00.H00-261201-0000&secret=XEMTHU");
    }
}
