package vn.motcua.plugins.socialwelfare.application.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.plugins.socialwelfare.application.control.Incomes;
import vn.motcua.plugins.socialwelfare.rates.entity.Area;

/**
 * What the counter records for a dossier of 1.000026 (hộ nghèo, hộ cận nghèo phát sinh trong năm): the household
 * head, where the household lives, every member with their monthly income, and how many of the indicators of
 * access to basic social services it lacks (0-12, Nghị định 07/2021/NĐ-CP). The total income is the members'.
 */
@Entity(name = "SocialWelfareHouseholdApplication")
@Table(name = "social_welfare_household")
public class HouseholdApplication implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Poor when at least this many indicators are lacking, near-poor below. */
    public static final int POOR_DEPRIVATIONS = 3;

    @Id
    @SequenceGenerator(
            name = "social_welfare_household_seq",
            sequenceName = "social_welfare_household_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_welfare_household_seq")
    private Long id;

    @Column(name = "dossier_id", nullable = false, unique = true)
    private Long dossierId;

    @NotBlank(message = "{social-welfare.household.headName.required}")
    @Size(max = 150, message = "{social-welfare.beneficiary.name.size}")
    @Column(name = "head_name", nullable = false, length = 150)
    private String headName;

    @NotBlank(message = "{social-welfare.beneficiary.idNumber.required}")
    @Pattern(regexp = "\\d{12}", message = "{social-welfare.beneficiary.idNumber.pattern}")
    @Column(name = "head_id_number", nullable = false, length = 12)
    private String headIdNumber;

    @NotNull(message = "{social-welfare.household.area.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Area area = Area.RURAL;

    @NotNull(message = "{social-welfare.household.deprivations.range}")
    @Min(value = 0, message = "{social-welfare.household.deprivations.range}")
    @Max(value = 12, message = "{social-welfare.household.deprivations.range}")
    @Column(nullable = false)
    private Integer deprivations = 0;

    @Valid
    @Size(min = 1, max = AllowanceApplication.MAX_MEMBERS, message = "{social-welfare.household.members.required}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "social_welfare_household_member", joinColumns = @JoinColumn(name = "household_id"))
    @OrderColumn(name = "position")
    private List<HouseholdMember> members = new ArrayList<>();

    public HouseholdApplication() {}

    public void addMember() {
        if (members.size() < AllowanceApplication.MAX_MEMBERS) {
            members.add(new HouseholdMember());
        }
    }

    public void removeMember(int index) {
        if (index >= 0 && index < members.size()) {
            members.remove(index);
        }
    }

    public int getHouseholdSize() {
        return members.size();
    }

    public long getTotalIncome() {
        return members.stream().mapToLong(HouseholdMember::income).sum();
    }

    public long getIncomePerHead() {
        return Incomes.perHead(getTotalIncome(), getHouseholdSize());
    }

    public boolean lacksEnoughForPoor() {
        return deprivations != null && deprivations >= POOR_DEPRIVATIONS;
    }

    public void belongsTo(long dossierId) {
        this.dossierId = dossierId;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName == null ? null : headName.strip();
    }

    public String getHeadIdNumber() {
        return headIdNumber;
    }

    public void setHeadIdNumber(String headIdNumber) {
        this.headIdNumber = headIdNumber == null ? null : headIdNumber.strip();
    }

    public Area getArea() {
        return area;
    }

    public void setArea(Area area) {
        this.area = area;
    }

    public Integer getDeprivations() {
        return deprivations;
    }

    public void setDeprivations(Integer deprivations) {
        this.deprivations = deprivations;
    }

    public List<HouseholdMember> getMembers() {
        return members;
    }
}
