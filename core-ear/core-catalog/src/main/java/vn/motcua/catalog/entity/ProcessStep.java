package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;
import vn.motcua.platform.text.Texts;

/**
 * A step of a procedure's process: who acts (a role, in which agency), how many of the statutory working days it may
 * take (halves allowed), and what may be done from it.
 */
@Entity
@Table(name = "process_step")
public class ProcessStep extends VersionPart {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{catalog.step.name.required}")
    @Size(max = 255)
    @Column(nullable = false, length = 255)
    private String name;

    @NotNull(message = "{catalog.step.role.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "role_id", nullable = false)
    private Role role;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StepActing acting = StepActing.DECIDING_AGENCY;

    /** Only for {@link StepActing#NAMED_AGENCY}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @NotNull(message = "{catalog.step.budget.required}")
    @DecimalMin(value = "0.5", message = "{catalog.step.budget.range}")
    @Column(name = "budget_days", nullable = false, precision = 6, scale = 1)
    private BigDecimal budgetDays;

    @Convert(converter = StepActionsConverter.class)
    @Column(nullable = false, length = 200)
    private Set<StepAction> actions = EnumSet.of(StepAction.FORWARD);

    ProcessStep copy() {
        var copy = new ProcessStep();
        copy.name = name;
        copy.role = role;
        copy.acting = acting;
        copy.agency = agency;
        copy.budgetDays = budgetDays;
        copy.actions = actions.isEmpty() ? EnumSet.noneOf(StepAction.class) : EnumSet.copyOf(actions);
        return copy;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.trimToNull(name);
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public StepActing getActing() {
        return acting;
    }

    public void setActing(StepActing acting) {
        this.acting = acting;
    }

    public Agency getAgency() {
        return agency;
    }

    public void setAgency(Agency agency) {
        this.agency = agency;
    }

    public BigDecimal getBudgetDays() {
        return budgetDays;
    }

    public void setBudgetDays(BigDecimal budgetDays) {
        this.budgetDays = budgetDays;
    }

    public Set<StepAction> getActions() {
        return actions;
    }

    public void setActions(Set<StepAction> actions) {
        this.actions =
                actions == null || actions.isEmpty() ? EnumSet.noneOf(StepAction.class) : EnumSet.copyOf(actions);
    }
}
