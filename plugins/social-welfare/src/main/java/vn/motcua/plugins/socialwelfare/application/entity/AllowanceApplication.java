package vn.motcua.plugins.socialwelfare.application.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.plugins.socialwelfare.application.control.Incomes;

/**
 * What the counter records for a dossier of 2.000286 (trợ cấp xã hội hàng tháng): the beneficiary, their category,
 * their own income and the other members of their household. Lives in the counter page's view state until the
 * dossier is received, then in {@code social_welfare_allowance}.
 */
@Entity(name = "SocialWelfareAllowanceApplication")
@Table(name = "social_welfare_allowance")
public class AllowanceApplication implements Serializable {
    private static final long serialVersionUID = 1L;

    /** More members than this is not a household the form is meant for. */
    public static final int MAX_MEMBERS = 20;

    @Id
    @SequenceGenerator(
            name = "social_welfare_allowance_seq",
            sequenceName = "social_welfare_allowance_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_welfare_allowance_seq")
    private Long id;

    @Column(name = "dossier_id", nullable = false, unique = true)
    private Long dossierId;

    @NotBlank(message = "{social-welfare.beneficiary.name.required}")
    @Size(max = 150, message = "{social-welfare.beneficiary.name.size}")
    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @NotNull(message = "{social-welfare.beneficiary.birthDate.required}")
    @Past(message = "{social-welfare.beneficiary.birthDate.past}")
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @NotBlank(message = "{social-welfare.beneficiary.idNumber.required}")
    @Pattern(regexp = "\\d{12}", message = "{social-welfare.beneficiary.idNumber.pattern}")
    @Column(name = "id_number", nullable = false, length = 12)
    private String idNumber;

    @NotNull(message = "{social-welfare.allowance.category.required}")
    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @NotNull(message = "{social-welfare.member.income.required}")
    @PositiveOrZero(message = "{social-welfare.member.income.negative}")
    @Column(name = "own_income", nullable = false)
    private Long ownIncome = 0L;

    @Valid
    @Size(max = MAX_MEMBERS, message = "{social-welfare.household.members.tooMany}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "social_welfare_allowance_member", joinColumns = @JoinColumn(name = "allowance_id"))
    @OrderColumn(name = "position")
    private List<HouseholdMember> members = new ArrayList<>();

    public AllowanceApplication() {}

    /** Adds an empty row for the counter officer to fill (up to {@link #MAX_MEMBERS}). */
    public void addMember() {
        if (members.size() < MAX_MEMBERS) {
            members.add(new HouseholdMember());
        }
    }

    public void removeMember(int index) {
        if (index >= 0 && index < members.size()) {
            members.remove(index);
        }
    }

    /** The beneficiary and the members listed. */
    public int getHouseholdSize() {
        return 1 + members.size();
    }

    public long getHouseholdIncome() {
        return (ownIncome == null ? 0 : ownIncome)
                + members.stream().mapToLong(HouseholdMember::income).sum();
    }

    public long getIncomePerHead() {
        return Incomes.perHead(getHouseholdIncome(), getHouseholdSize());
    }

    /** Stores the details against the dossier just created. */
    public void belongsTo(long dossierId) {
        this.dossierId = dossierId;
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? null : fullName.strip();
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber == null ? null : idNumber.strip();
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getOwnIncome() {
        return ownIncome;
    }

    public void setOwnIncome(Long ownIncome) {
        this.ownIncome = ownIncome;
    }

    public List<HouseholdMember> getMembers() {
        return members;
    }
}
