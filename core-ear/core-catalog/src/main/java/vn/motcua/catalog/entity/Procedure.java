package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.text.SearchText;
import vn.motcua.platform.text.Texts;

/**
 * An administrative procedure (thủ tục hành chính) identified by its national code. What it requires and how it runs
 * lives on its {@link ProcedureVersion}s; this row keeps a copy of the headline fields of the latest version (the
 * latest published one, or the first draft while nothing is published) so the catalog lists, filters and sorts in
 * one table.
 */
@Entity
@Table(name = "admin_procedure")
public class Procedure implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "admin_procedure_seq", sequenceName = "admin_procedure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_procedure_seq")
    private Long id;

    @Column(name = "national_code", nullable = false, length = 40)
    private String nationalCode;

    @Column(nullable = false, length = 500)
    private String name;

    /** {@code national code and name} folded for accent-insensitive search ({@link SearchText}), written with the row. */
    @Column(name = "search_text", length = 600)
    private String searchText;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_id", nullable = false)
    private Sector sector;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deciding_agency_id", nullable = false)
    private Agency decidingAgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false, length = 20)
    private OnlineLevel onlineLevel;

    @Column(name = "statutory_days", nullable = false, precision = 6, scale = 1)
    private BigDecimal statutoryDays;

    /** Whether a version has been published (only then is it offered to applicants). */
    @Column(nullable = false)
    private boolean published;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Procedure() {}

    public Procedure(String nationalCode) {
        this.nationalCode = Texts.trimToNull(nationalCode);
    }

    /** Copies the headline fields of a version, so that lists show what is (or will be) in force. */
    public void showHeadlineOf(ProcedureVersion source) {
        name = source.getName();
        foldSearchText();
        sector = source.getSector();
        decidingAgency = source.getDecidingAgency();
        onlineLevel = source.getOnlineLevel();
        statutoryDays = source.getStatutoryDays();
        published |= source.getStatus() == VersionStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public String getNationalCode() {
        return nationalCode;
    }

    public String getName() {
        return name;
    }

    public Sector getSector() {
        return sector;
    }

    public Agency getDecidingAgency() {
        return decidingAgency;
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public BigDecimal getStatutoryDays() {
        return statutoryDays;
    }

    public boolean isPublished() {
        return published;
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
    /** Writes the search column from the current national code and name (also run on rows that predate the column). */
    @PrePersist
    @PreUpdate
    public void foldSearchText() {
        searchText = SearchText.fold(600, nationalCode, name);
    }

    public String getSearchText() {
        return searchText;
    }
}
