package vn.motcua.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.entity.FeeDue;
import vn.motcua.catalog.entity.FeeKind;
import vn.motcua.catalog.entity.ReferenceItem;
import vn.motcua.catalog.entity.ReferenceKind;
import vn.motcua.dossier.entity.DossierFee;

/** The scorecard's online payment rule: when a dossier counts as paid, and when it was paid online. */
class OnlinePaymentTest {
    private static final LocalDateTime MORNING = LocalDateTime.parse("2026-03-02T09:00");
    private static final LocalDateTime AFTERNOON = LocalDateTime.parse("2026-03-05T15:30");

    private static final ReferenceItem CASH = method("TIEN_MAT");
    private static final ReferenceItem TRANSFER = method("CHUYEN_KHOAN");
    private static final ReferenceItem ONLINE = method(ReportFacts.ONLINE_PAYMENT);

    @Test
    void noFeeOrNoneYetPaidIsNotCounted() {
        assertThat(ReportFacts.payment(List.of())).isEqualTo(new ReportFacts.Payment(null, false));
        assertThat(ReportFacts.payment(List.of(fee(), fee()))).isEqualTo(new ReportFacts.Payment(null, false));
    }

    @Test
    void feesPaidThroughTheNationalPortalArePaidOnline() {
        assertThat(ReportFacts.payment(List.of(paid(ONLINE, MORNING))))
                .isEqualTo(new ReportFacts.Payment(MORNING, true));
        assertThat(ReportFacts.payment(List.of(paid(ONLINE, MORNING), paid(ONLINE, AFTERNOON))))
                .isEqualTo(new ReportFacts.Payment(AFTERNOON, true));
    }

    @Test
    void cashOrBankTransferAtTheCounterIsNotOnline() {
        assertThat(ReportFacts.payment(List.of(paid(CASH, MORNING))))
                .isEqualTo(new ReportFacts.Payment(MORNING, false));
        assertThat(ReportFacts.payment(List.of(paid(TRANSFER, MORNING))).online())
                .isFalse();
    }

    @Test
    void oneFeePaidAtTheCounterMakesTheDossierACounterPayment() {
        assertThat(ReportFacts.payment(List.of(paid(CASH, MORNING), paid(ONLINE, AFTERNOON))))
                .as("the fee at receipt in cash, the rest online later: counted when the last was paid, not online")
                .isEqualTo(new ReportFacts.Payment(AFTERNOON, false));
    }

    @Test
    void anUnpaidFeeBesideOnlinePaymentsChangesNothing() {
        assertThat(ReportFacts.payment(List.of(paid(ONLINE, MORNING), fee())))
                .isEqualTo(new ReportFacts.Payment(MORNING, true));
    }

    @Test
    void aPaymentWithoutAMethodIsNotOnline() {
        DossierFee fee = fee();
        fee.paid(MORNING, null, null);
        assertThat(ReportFacts.payment(List.of(fee))).isEqualTo(new ReportFacts.Payment(MORNING, false));
    }

    private static DossierFee fee() {
        return new DossierFee("Lệ phí cấp giấy phép", FeeKind.FEE, new BigDecimal("200000"), FeeDue.AT_RECEIPT);
    }

    private static DossierFee paid(ReferenceItem method, LocalDateTime at) {
        DossierFee fee = fee();
        fee.paid(at, method, "BL-" + method.getCode());
        return fee;
    }

    private static ReferenceItem method(String code) {
        ReferenceItem item = new ReferenceItem();
        item.setKind(ReferenceKind.PAYMENT_METHOD);
        item.setCode(code);
        item.setName(code);
        return item;
    }
}
