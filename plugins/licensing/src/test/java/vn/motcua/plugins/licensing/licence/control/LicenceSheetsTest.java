package vn.motcua.plugins.licensing.licence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.licensing.licence.entity.IssuedNumber;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceKind;
import vn.motcua.plugins.licensing.licence.entity.LicenceRevocation;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.procedure.ResultContext;

class LicenceSheetsTest {

    private static final DossierSnapshot DOSSIER = new DossierSnapshot(
            5000L,
            "000.00.12.H99-260315-0001",
            "1.004652",
            "Cấp giấy phép xuất bản bản tin",
            DossierState.PENDING_APPROVAL,
            110L,
            "Sở Thông tin và Truyền thông",
            110L,
            "Sở Thông tin và Truyền thông",
            "Hội Nhà báo tỉnh Thái Hòa",
            TestLicences.HOLDER_ID,
            "12 Trần Hưng Đạo",
            LocalDateTime.of(2026, 3, 2, 9, 0),
            LocalDateTime.of(2026, 3, 16, 17, 0),
            Map.of());
    private static final ResultContext CONTEXT = new ResultContext(
            LocalDateTime.of(2026, 3, 15, 10, 0), "Phạm Quốc Hùng", "Thái Hòa", "https://motcua.example/tra-cuu?x=1");

    @Test
    void aLicenceShowsItsNumberParticularsHolderAndLastDay() {
        Licence licence = TestLicences.bulletin(LocalDate.of(2026, 3, 15));
        var sheet = LicenceSheets.licence(licence, null, null, DOSSIER, CONTEXT);
        assertThat(sheet.number()).isEqualTo("12/GP-STTTT");
        assertThat(sheet.title()).isEqualTo("GIẤY PHÉP XUẤT BẢN BẢN TIN");
        assertThat(sheet.subtitle()).isNull();
        assertThat(sheet.issuingAgencyId()).isEqualTo(110L);
        assertThat(sheet.date()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(sheet.signerName()).isEqualTo("Phạm Quốc Hùng");
        assertThat(sheet.qrContent()).isEqualTo(CONTEXT.lookupUrl());
        assertThat(String.join("\n", sheet.body()))
                .contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG CHO PHÉP:")
                .contains("Hội Nhà báo tỉnh Thái Hòa")
                .contains("Được xuất bản bản tin: Bản tin Thông tin Thái Hòa")
                .contains("- Kỳ hạn xuất bản: Hằng tháng")
                .contains("- Số trang: 24; số lượng in: 500 bản mỗi kỳ")
                .contains("- Nơi in: Công ty In Thái Hòa, 5 Lê Lợi, phường Đông Thành")
                .contains("Giấy phép có giá trị đến hết ngày 14/03/2031.")
                .contains("000.00.12.H99-260315-0001");
    }

    @Test
    void anAmendedLicenceNamesTheLicenceItReplacesAndWhatChanged() {
        Licence old = TestLicences.bulletin(LocalDate.of(2025, 3, 1));
        Licence amended = new Licence(
                110L,
                5001L,
                "000.00.12.H99-261101-0002",
                LicenceKind.BULLETIN,
                new IssuedNumber(40, 2026, "40/GP-STTTT"),
                LocalDate.of(2026, 11, 22),
                old.getExpiresOn(),
                old.getHolderName(),
                old.getHolderIdNumber(),
                null,
                old.getPublication(),
                7L);
        var sheet = LicenceSheets.licence(amended, old, "Tăng số trang lên 32", DOSSIER, CONTEXT);
        assertThat(sheet.subtitle()).isEqualTo("(Sửa đổi, bổ sung Giấy phép số 12/GP-STTTT ngày 01/03/2025)");
        assertThat(sheet.body())
                .contains("Nội dung sửa đổi, bổ sung: Tăng số trang lên 32")
                .contains("Giấy phép có giá trị đến hết ngày 28/02/2030.")
                .noneMatch(line -> line.startsWith("- Địa chỉ"));
    }

    @Test
    void aRevocationDecisionHasItsOwnNumberAndNamesTheLicenceAndTheReason() {
        Licence licence = TestLicences.bulletin(LocalDate.of(2025, 3, 1));
        var revocation = new LicenceRevocation();
        revocation.setLicenceNumber("12/GP-STTTT");
        revocation.setLicenceYear(2025);
        revocation.setReason("Xuất bản sai tôn chỉ, mục đích");
        LicenceRevocation stored = revocation.storedFor(5002L, 110L, 1L, LocalDateTime.now());
        stored.decided(new IssuedNumber(3, 2026, "3/QĐ-STTTT"), LocalDate.of(2026, 11, 22));
        var sheet = LicenceSheets.revocation(stored, licence, DOSSIER, CONTEXT);
        assertThat(sheet.number()).isEqualTo("3/QĐ-STTTT");
        assertThat(sheet.title()).isEqualTo("QUYẾT ĐỊNH");
        assertThat(sheet.subtitle()).isEqualTo("Về việc thu hồi Giấy phép xuất bản bản tin số 12/GP-STTTT");
        assertThat(sheet.body())
                .contains("Lý do thu hồi: Xuất bản sai tôn chỉ, mục đích")
                .anyMatch(line -> line.startsWith("Điều 1. Thu hồi Giấy phép xuất bản bản tin số 12/GP-STTTT cấp ngày"
                        + " 01/03/2025 cho Hội Nhà báo tỉnh Thái Hòa"));
    }

    @Test
    void downloadNamesHaveNeitherAccentsNorSlashes() {
        assertThat(LicenceSheets.fileName("giay-phep", "12/GP-STTTT")).isEqualTo("giay-phep-12-GP-STTTT.pdf");
        assertThat(LicenceSheets.fileName("quyet-dinh-thu-hoi", "3/QĐ-SLĐTBXH"))
                .isEqualTo("quyet-dinh-thu-hoi-3-QD-SLDTBXH.pdf");
    }
}
