package vn.motcua.plugins.socialwelfare.rates.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.motcua.plugins.socialwelfare.rates.control.InForce;

/**
 * A category of protected persons (đối tượng bảo trợ xã hội, Nghị định 20/2021/NĐ-CP Điều 5) and its coefficient
 * history. An optional age range {@code [minAge, maxAge)} lets the counter refuse a beneficiary whose age cannot
 * belong to the category (a 10-year-old is not "under 4").
 */
@Entity(name = "SocialWelfareBeneficiaryCategory")
@Table(name = "social_welfare_category")
public class BeneficiaryCategory {

    @Id
    @SequenceGenerator(
            name = "social_welfare_category_seq",
            sequenceName = "social_welfare_category_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_welfare_category_seq")
    private Long id;

    @NotBlank(message = "{social-welfare.category.code.required}")
    @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{social-welfare.category.code.pattern}")
    @Column(nullable = false, length = 40)
    private String code;

    @NotBlank(message = "{social-welfare.category.name.required}")
    @Size(max = 255)
    @Column(nullable = false, length = 255)
    private String name;

    @Size(max = 255)
    @Column(name = "legal_basis", length = 255)
    private String legalBasis;

    @Min(0)
    @Max(150)
    @Column(name = "min_age")
    private Integer minAge;

    @Min(1)
    @Max(151)
    @Column(name = "max_age")
    private Integer maxAge;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    @OneToMany(mappedBy = "category", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("effectiveFrom")
    private List<CategoryCoefficient> coefficients = new ArrayList<>();

    public BeneficiaryCategory() {}

    public BeneficiaryCategory(String code, String name, Integer minAge, Integer maxAge) {
        this.code = code;
        this.name = name;
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    /** The coefficient in force on a day, if one is. */
    public Optional<CategoryCoefficient> coefficientOn(LocalDate day) {
        return InForce.on(coefficients, day);
    }

    public CategoryCoefficient addCoefficient(
            BigDecimal coefficient, LocalDate effectiveFrom, String legalBasis, String createdBy) {
        var row = new CategoryCoefficient(this, coefficient, effectiveFrom, legalBasis, createdBy);
        coefficients.add(row);
        coefficients.sort(java.util.Comparator.comparing(CategoryCoefficient::getEffectiveFrom));
        return row;
    }

    public void removeCoefficient(CategoryCoefficient row) {
        coefficients.remove(row);
    }

    /** Whether a person of this age (full years) may belong to the category; no range means any age. */
    public boolean admitsAge(int age) {
        return (minAge == null || age >= minAge) && (maxAge == null || age < maxAge);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis.strip();
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getVersion() {
        return version;
    }

    public List<CategoryCoefficient> getCoefficients() {
        return Collections.unmodifiableList(coefficients);
    }
}
