package vn.motcua.plugins.licensing.licence.control;

import java.time.LocalDate;
import vn.motcua.plugins.licensing.licence.entity.IssuedNumber;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceKind;
import vn.motcua.plugins.licensing.licence.entity.Periodicity;
import vn.motcua.plugins.licensing.licence.entity.Publication;
import vn.motcua.plugins.licensing.licence.entity.Series;

/** Licences as the registry would hold them, for the rules' tests. */
final class TestLicences {

    static final String HOLDER_ID = "0101234567";

    private TestLicences() {}

    static Publication publication() {
        var p = new Publication();
        p.setPublicationName("Bản tin Thông tin Thái Hòa");
        p.setPurpose("Thông tin hoạt động của hội");
        p.setPeriodicity(Periodicity.MONTHLY);
        p.setPages(24);
        p.setCopies(500);
        p.setLanguages("Tiếng Việt");
        p.setPrintingHouseName("Công ty In Thái Hòa");
        p.setPrintingHouseAddress("5 Lê Lợi, phường Đông Thành");
        p.setResponsiblePerson("Nguyễn Văn Bình");
        return p;
    }

    static Licence licence(LicenceKind kind, int sequence, LocalDate issuedOn) {
        return new Licence(
                110L,
                5000L,
                "000.00.12.H99-260315-0001",
                kind,
                new IssuedNumber(
                        sequence, issuedOn.getYear(), LicenceNumbers.format(sequence, Series.LICENCE, "STTTT")),
                issuedOn,
                LicenceValidity.expiresOn(kind, issuedOn),
                "Hội Nhà báo tỉnh Thái Hòa",
                HOLDER_ID,
                "12 Trần Hưng Đạo",
                publication(),
                null);
    }

    static Licence bulletin(LocalDate issuedOn) {
        return licence(LicenceKind.BULLETIN, 12, issuedOn);
    }
}
