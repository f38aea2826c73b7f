package vn.motcua.plugins.socialwelfare.registry.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import vn.motcua.plugins.socialwelfare.rates.control.Months;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.registry.FoldedText;

/**
 * A person in the beneficiary registry (danh sách đối tượng hưởng trợ cấp xã hội hàng tháng): one row per allowance
 * decision, kept by the deciding agency. The amount, base level and coefficient are the decision's; months are
 * stored as their first day.
 */
@Entity(name = "SocialWelfareBeneficiary")
@Table(name = "social_welfare_beneficiary")
public class Beneficiary {

    @Id
    @SequenceGenerator(
            name = "social_welfare_beneficiary_seq",
            sequenceName = "social_welfare_beneficiary_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_welfare_beneficiary_seq")
    private Long id;

    @Column(name = "dossier_id", nullable = false, unique = true)
    private long dossierId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "decision_id", nullable = false)
    private long decisionId;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "id_number", nullable = false, length = 12)
    private String idNumber;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "base_level", nullable = false)
    private long baseLevel;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal coefficient;

    @Column(nullable = false)
    private long amount;

    @Column(name = "start_month", nullable = false)
    private LocalDate startMonth;

    @Column(name = "end_month")
    private LocalDate endMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private BeneficiaryStatus status = BeneficiaryStatus.ACTIVE;

    @Column(name = "status_note", length = 500)
    private String statusNote;

    /** Full name and ID number folded for accent-insensitive search ({@code FoldedText}), written with the row. */
    @Column(name = "search_text", length = 300)
    private String searchText;

    @Version
    private int version;

    protected Beneficiary() {}

    public Beneficiary(
            long dossierId,
            long agencyId,
            long decisionId,
            String fullName,
            LocalDate birthDate,
            String idNumber,
            long categoryId,
            long baseLevel,
            BigDecimal coefficient,
            long amount,
            YearMonth startMonth) {
        this.dossierId = dossierId;
        this.agencyId = agencyId;
        this.decisionId = decisionId;
        this.fullName = fullName;
        this.birthDate = birthDate;
        this.idNumber = idNumber;
        this.categoryId = categoryId;
        this.baseLevel = baseLevel;
        this.coefficient = coefficient;
        this.amount = amount;
        this.startMonth = startMonth.atDay(1);
    }

    /**
     * Stops the payments after {@code lastMonth} (thôi hưởng), which may not be before the start month; an earlier
     * stop that ended later is brought forward.
     */
    public void stopAfter(YearMonth lastMonth, String note) {
        if (lastMonth.isBefore(getStartMonth().minusMonths(1))) {
            throw new DomainException("social-welfare.registry.stop.beforeStart", Months.text(getStartMonth()));
        }
        if (endMonth == null || lastMonth.atDay(1).isBefore(endMonth)) {
            endMonth = lastMonth.atDay(1);
        }
        status = BeneficiaryStatus.STOPPED;
        statusNote = note;
    }

    /** Whether the allowance is paid for the month. */
    public boolean paidIn(YearMonth month) {
        return !getStartMonth().isAfter(month)
                && (endMonth == null || !getEndMonth().isBefore(month));
    }

    /** Writes the folded search column from the name and ID number (also run on rows that predate it). */
    @PrePersist
    @PreUpdate
    public void foldSearchText() {
        searchText = FoldedText.of(300, fullName, idNumber);
    }

    public Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
    }

    public long getAgencyId() {
        return agencyId;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public String getFullName() {
        return fullName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public long getBaseLevel() {
        return baseLevel;
    }

    public BigDecimal getCoefficient() {
        return coefficient;
    }

    public long getAmount() {
        return amount;
    }

    public YearMonth getStartMonth() {
        return YearMonth.from(startMonth);
    }

    public YearMonth getEndMonth() {
        return endMonth == null ? null : YearMonth.from(endMonth);
    }

    public BeneficiaryStatus getStatus() {
        return status;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public int getVersion() {
        return version;
    }
}
