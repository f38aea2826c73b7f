package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import vn.motcua.platform.text.Texts;

/** A fee or charge of a procedure version, in đồng, and when it is collected. */
@Entity
@Table(name = "procedure_fee")
public class Fee extends VersionPart {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{catalog.fee.name.required}")
    @Size(max = 500)
    @Column(nullable = false, length = 500)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeeKind kind = FeeKind.CHARGE;

    @NotNull(message = "{catalog.fee.amount.required}")
    @DecimalMin(value = "0", message = "{catalog.fee.amount.range}")
    @Digits(integer = 15, fraction = 0, message = "{catalog.fee.amount.range}")
    @Column(nullable = false, precision = 15, scale = 0)
    private BigDecimal amount;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeeDue due = FeeDue.AT_RECEIPT;

    @Size(max = 500)
    @Column(length = 500)
    private String note;

    public Fee() {}

    public Fee(String name, FeeKind kind, BigDecimal amount, FeeDue due) {
        this.name = name;
        this.kind = kind;
        this.amount = amount;
        this.due = due;
    }

    Fee copy() {
        var copy = new Fee(name, kind, amount, due);
        copy.note = note;
        return copy;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.trimToNull(name);
    }

    public FeeKind getKind() {
        return kind;
    }

    public void setKind(FeeKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public FeeDue getDue() {
        return due;
    }

    public void setDue(FeeDue due) {
        this.due = due;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = Texts.trimToNull(note);
    }
}
