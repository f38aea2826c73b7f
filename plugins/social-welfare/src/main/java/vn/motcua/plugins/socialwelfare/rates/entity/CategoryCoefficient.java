package vn.motcua.plugins.socialwelfare.rates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A category's coefficient (hệ số) from a date on. */
@Entity(name = "SocialWelfareCategoryCoefficient")
@Table(name = "social_welfare_coefficient")
public class CategoryCoefficient implements Dated {

    @Id
    @SequenceGenerator(
            name = "social_welfare_coefficient_seq",
            sequenceName = "social_welfare_coefficient_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_welfare_coefficient_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private BeneficiaryCategory category;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal coefficient;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "legal_basis", nullable = false, length = 255)
    private String legalBasis;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected CategoryCoefficient() {}

    CategoryCoefficient(
            BeneficiaryCategory category,
            BigDecimal coefficient,
            LocalDate effectiveFrom,
            String legalBasis,
            String createdBy) {
        this.category = category;
        this.coefficient = coefficient;
        this.effectiveFrom = effectiveFrom;
        this.legalBasis = legalBasis;
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public BeneficiaryCategory getCategory() {
        return category;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    @Override
    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
