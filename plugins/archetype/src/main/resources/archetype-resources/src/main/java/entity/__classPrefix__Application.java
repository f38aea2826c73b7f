package ${package}.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.motcua.spi.registry.FoldedText;

/**
 * What the counter's form collects for one dossier of ${procedureCode}, and the result issued for it. One row per
 * dossier (foreign key to the core's {@code dossier}); {@code agencyId} is the deciding agency, which scopes the
 * registry. Replace subject, quantity, start date and note with the procedure's own fields (form, view, migration,
 * messages and rules change with them). Bean Validation messages are keys of this plugin's bundle.
 */
@Entity
@Table(name = "${tablePrefix}_application")
public class ${classPrefix}Application implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(
            name = "${tablePrefix}_application_seq",
            sequenceName = "${tablePrefix}_application_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "${tablePrefix}_application_seq")
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "dossier_code", length = 60)
    private String dossierCode;

    @Column(name = "procedure_code", length = 20)
    private String procedureCode;

    @Column(name = "applicant_name", length = 255)
    private String applicantName;

    @Column(name = "applicant_id_number", length = 20)
    private String applicantIdNumber;

    @NotBlank(message = "{${pluginId}.subject.required}")
    @Size(max = 255, message = "{${pluginId}.subject.size}")
    @Column(nullable = false, length = 255)
    private String subject;

    @Min(value = 1, message = "{${pluginId}.quantity.range}")
    @Max(value = 1000, message = "{${pluginId}.quantity.range}")
    @Column(nullable = false)
    private int quantity;

    @NotNull(message = "{${pluginId}.startDate.required}")
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Size(max = 1000, message = "{${pluginId}.note.size}")
    @Column(length = 1000)
    private String note;

    @Column(name = "received_at")
    private LocalDateTime receivedAt;

    /** {@code yyyyMM} of receipt, so the report groups by month without date functions (H2 and SQL Server). */
    @Column(name = "received_period")
    private Integer receivedPeriod;

    @Column(name = "result_number", length = 60)
    private String resultNumber;

    @Column(name = "result_sequence")
    private Integer resultSequence;

    @Column(name = "result_year")
    private Integer resultYear;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "issue_period")
    private Integer issuePeriod;

    /**
     * Number, applicant and subject folded for accent-insensitive search ({@code FoldedText}: "Nguyen Van" finds
     * "Nguyễn Văn"), written with the row; the core fills it on rows written before it ({@code searchColumns()}).
     */
    @Column(name = "search_text", length = 600)
    private String searchText;

    /** Ties the details to the dossier the core has just created (in the receipt's transaction). */
    public void received(
            long dossierId,
            long agencyId,
            String dossierCode,
            String procedureCode,
            String applicantName,
            String applicantIdNumber,
            LocalDateTime receivedAt) {
        this.dossierId = dossierId;
        this.agencyId = agencyId;
        this.dossierCode = dossierCode;
        this.procedureCode = procedureCode;
        this.applicantName = applicantName;
        this.applicantIdNumber = applicantIdNumber;
        this.receivedAt = receivedAt;
        this.receivedPeriod = period(receivedAt.toLocalDate());
    }

    /** Records the result's number when the leader approves. */
    public void issued(String number, int sequence, LocalDate on) {
        this.resultNumber = number;
        this.resultSequence = sequence;
        this.resultYear = on.getYear();
        this.issuedOn = on;
        this.issuePeriod = period(on);
    }

    public static int period(LocalDate date) {
        return date.getYear() * 100 + date.getMonthValue();
    }

    /** Writes the folded search column from what the registry's search box looks in. */
    @PrePersist
    @PreUpdate
    public void foldSearchText() {
        searchText = FoldedText.of(600, resultNumber, applicantName, applicantIdNumber, subject);
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public String getApplicantIdNumber() {
        return applicantIdNumber;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getResultNumber() {
        return resultNumber;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }
}
