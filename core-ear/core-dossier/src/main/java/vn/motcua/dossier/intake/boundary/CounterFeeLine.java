package vn.motcua.dossier.intake.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.catalog.entity.FeeDue;
import vn.motcua.catalog.entity.FeeKind;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.dossier.intake.boundary.DossierReception.FeePayment;
import vn.motcua.spi.DomainException;

/** A fee due and whether it is paid now. */
public class CounterFeeLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int position;
    private final String name;
    private final FeeKind kind;
    private final BigDecimal amount;
    private final FeeDue due;
    private boolean paid;
    private Long paymentMethodId;
    private String receiptNumber;

    CounterFeeLine(int position, String name, FeeKind kind, BigDecimal amount, FeeDue due) {
        this.position = position;
        this.name = name;
        this.kind = kind;
        this.amount = amount;
        this.due = due;
    }

    /** The version's fees, none paid yet. */
    static List<CounterFeeLine> of(ProcedureVersion version) {
        List<CounterFeeLine> fees = new ArrayList<>();
        for (int i = 0; i < version.getFees().size(); i++) {
            var fee = version.getFees().get(i);
            fees.add(new CounterFeeLine(i, fee.getName(), fee.getKind(), fee.getAmount(), fee.getDue()));
        }
        return fees;
    }

    /** The fees marked paid, each with how it was paid; a paid fee without a method is refused. */
    static List<FeePayment> payments(List<CounterFeeLine> fees) {
        return fees.stream()
                .filter(CounterFeeLine::isPaid)
                .map(f -> {
                    if (f.getPaymentMethodId() == null) {
                        throw new DomainException("dossier.counter.fee.methodRequired");
                    }
                    return new FeePayment(f.getPosition(), f.getPaymentMethodId(), f.getReceiptNumber());
                })
                .toList();
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public FeeKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public FeeDue getDue() {
        return due;
    }

    public boolean isAtReceipt() {
        return due == FeeDue.AT_RECEIPT;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public Long getPaymentMethodId() {
        return paymentMethodId;
    }

    public void setPaymentMethodId(Long paymentMethodId) {
        this.paymentMethodId = paymentMethodId;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }
}
