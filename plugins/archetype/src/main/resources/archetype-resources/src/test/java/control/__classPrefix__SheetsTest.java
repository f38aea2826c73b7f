package ${package}.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.document.ResultSheet;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.procedure.ResultContext;

class ${classPrefix}SheetsTest {

    private static final DossierSnapshot DOSSIER = new DossierSnapshot(
            42L,
            "000.00.14.H99-261120-0007",
            "${procedureCode}",
            "${title}",
            DossierState.PENDING_APPROVAL,
            130L,
            "Sở Giao thông vận tải",
            130L,
            "Sở Giao thông vận tải",
            "Nguyễn Văn An",
            "079201000301",
            "5 Trần Phú, phường Đông Thành",
            LocalDateTime.of(2026, 11, 20, 9, 0),
            LocalDateTime.of(2026, 11, 27, 17, 0),
            Map.of());

    private static final ResultContext CONTEXT = new ResultContext(
            LocalDateTime.of(2026, 11, 25, 15, 30), "Lê Văn Bình", "Thái Hòa", "https://motcua.example/tra-cuu?ma=x");

    @Test
    void theSheetCarriesTheNumberTheApplicantAndTheDetails() {
        ${classPrefix}Application details = ${classPrefix}RulesTest.details(LocalDate.of(2026, 12, 1), 3, null);

        ResultSheet sheet =
                ${classPrefix}Sheets.sheet(details, DOSSIER, CONTEXT, "7/" + ${classPrefix}Numbers.SYMBOL + "-SGTVT");

        assertThat(sheet.number()).isEqualTo("7/" + ${classPrefix}Numbers.SYMBOL + "-SGTVT");
        assertThat(sheet.issuingAgencyId()).isEqualTo(130L);
        assertThat(sheet.date()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(sheet.title()).isEqualTo(${classPrefix}Sheets.TITLE.toUpperCase(new java.util.Locale("vi")));
        assertThat(sheet.body())
                .contains(
                        "Cấp cho: Nguyễn Văn An",
                        "- Nội dung: Nội dung thử",
                        "- Số lượng: 3",
                        "- Có hiệu lực từ ngày: 01/12/2026");
        assertThat(sheet.signerName()).isEqualTo("Lê Văn Bình");
        assertThat(sheet.qrContent()).isEqualTo(CONTEXT.lookupUrl());
    }

    @Test
    void theDownloadNameHasPlainLettersOnly() {
        assertThat(${classPrefix}Sheets.fileName("${pluginId}", "12/QĐ-SLĐTBXH"))
                .isEqualTo("${pluginId}-12-QD-SLDTBXH.pdf");
    }
}
