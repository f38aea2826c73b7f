package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import vn.motcua.catalog.entity.FeeDue;
import vn.motcua.catalog.entity.FeeKind;
import vn.motcua.catalog.entity.ReferenceItem;

/** A fee of the dossier, copied from the pinned procedure version, and its payment. */
@Entity
@Table(name = "dossier_fee")
public class DossierFee extends DossierPart {
    private static final long serialVersionUID = 1L;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeeKind kind;

    @Column(nullable = false, precision = 15, scale = 0)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeeDue due;

    @Column(name = "paid_at")
    private LocalDateTime paidAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "payment_method_id")
    private ReferenceItem paymentMethod;

    @Column(name = "receipt_number", length = 40)
    private String receiptNumber;

    protected DossierFee() {}

    public DossierFee(String name, FeeKind kind, BigDecimal amount, FeeDue due) {
        this.name = name;
        this.kind = kind;
        this.amount = amount;
        this.due = due;
    }

    public void paid(LocalDateTime at, ReferenceItem method, String receipt) {
        this.paidAt = at;
        this.paymentMethod = method;
        this.receiptNumber = receipt;
    }

    /** Attaches the row to its dossier at the next position of its list. */
    void attachAt(Dossier owner, int position) {
        attach(owner);
        this.position = position;
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

    public LocalDateTime getPaidAt() {
        return paidAt;
    }

    public boolean isPaid() {
        return paidAt != null;
    }

    public ReferenceItem getPaymentMethod() {
        return paymentMethod;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }
}
