package vn.motcua.plugins.socialwelfare.rates.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The base level of social assistance (mức chuẩn trợ giúp xã hội) in đồng per month, from a date on. */
@Entity(name = "SocialWelfareBaseLevel")
@Table(name = "social_welfare_base_level")
public class BaseLevel implements Dated {

    @Id
    @SequenceGenerator(
            name = "social_welfare_base_level_seq",
            sequenceName = "social_welfare_base_level_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_welfare_base_level_seq")
    private Long id;

    @Column(nullable = false)
    private long amount;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "legal_basis", nullable = false, length = 255)
    private String legalBasis;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected BaseLevel() {}

    public BaseLevel(long amount, LocalDate effectiveFrom, String legalBasis, String createdBy) {
        this.amount = amount;
        this.effectiveFrom = effectiveFrom;
        this.legalBasis = legalBasis;
        this.createdBy = createdBy;
        this.createdAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getAmount() {
        return amount;
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
