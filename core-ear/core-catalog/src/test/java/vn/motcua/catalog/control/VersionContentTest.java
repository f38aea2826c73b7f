package vn.motcua.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.FeeDue;
import vn.motcua.catalog.entity.FeeKind;
import vn.motcua.catalog.entity.ProcedureVersion;

class VersionContentTest {

    private static ProcedureVersion version(String name, String feeName, String amount) {
        ProcedureVersion version = ProcedureVersion.blank();
        version.setName(name);
        version.setStatutoryDays(new BigDecimal("10"));
        version.getFees().add(new Fee(feeName, FeeKind.CHARGE, new BigDecimal(amount), FeeDue.AT_RECEIPT));
        return version;
    }

    @Test
    void theSameContentIsTheSameWhateverTheNumbersScale() {
        assertThat(VersionContent.same(
                        version("Cấp giấy phép", "Lệ phí cấp phép", "300000"),
                        version("Cấp giấy phép ", "Lệ phí cấp phép", "300000.00")))
                .isTrue();
    }

    @Test
    void aChangedFeeOrNameIsAnotherContent() {
        ProcedureVersion current = version("Cấp giấy phép", "Lệ phí cấp phép", "300000");
        assertThat(VersionContent.same(current, version("Cấp giấy phép", "Lệ phí cấp phép", "450000")))
                .isFalse();
        assertThat(VersionContent.same(current, version("Cấp lại giấy phép", "Lệ phí cấp phép", "300000")))
                .isFalse();
    }
}
