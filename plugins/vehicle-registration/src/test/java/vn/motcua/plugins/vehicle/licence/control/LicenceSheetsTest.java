package vn.motcua.plugins.vehicle.licence.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.spi.document.ResultSheet;
import vn.motcua.spi.procedure.ResultContext;

class LicenceSheetsTest {

    static final ResultContext CONTEXT = new ResultContext(
            LocalDateTime.of(2026, 3, 10, 9, 30), "Đặng Minh Châu", "Thái Hòa", "http://x/lookup?code=1");

    @Test
    void theSheetCarriesTheNewNumberClassExpiryRestrictionAndTheLicenceItReplaces() {
        var licence = new IssuedLicence(
                130L,
                7L,
                "000.00.14.H99-260302-0001",
                "1.002804",
                "992600000001",
                "A",
                "Chỉ điều khiển xe mô tô hai bánh dung tích xi-lanh dưới 175 cm3",
                "790123456789",
                "A1",
                "Trần Văn Lái",
                "001085012345",
                LocalDate.of(1985, 6, 15),
                LocalDate.of(2026, 3, 10),
                null);
        ResultSheet sheet = LicenceSheets.sheet(licence, CONTEXT);
        assertThat(sheet.issuingAgencyId()).isEqualTo(130L);
        assertThat(sheet.number()).isEqualTo("992600000001");
        assertThat(sheet.title()).isEqualTo("GIẤY PHÉP LÁI XE");
        assertThat(sheet.subtitle()).isEqualTo("(Đổi giấy phép lái xe)");
        assertThat(String.join("\n", sheet.body()))
                .contains(
                        "Đổi giấy phép lái xe cho ông/bà: Trần Văn Lái",
                        "- Ngày sinh: 15/06/1985",
                        "- Hạng: A",
                        "- Có giá trị đến: Không thời hạn",
                        "- Điều kiện hạn chế: Chỉ điều khiển xe mô tô",
                        "- Thay thế giấy phép lái xe số 790123456789, hạng A1.");
        assertThat(sheet.signerName()).isEqualTo("Đặng Minh Châu");
        assertThat(sheet.qrContent()).isEqualTo("http://x/lookup?code=1");
        assertThat(LicenceSheets.fileName(sheet.number())).isEqualTo("giay-phep-lai-xe-992600000001.pdf");
    }
}
