package vn.motcua.plugins.socialwelfare.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A decision the plugin numbered and issued for a dossier (one per dossier). */
@Entity(name = "SocialWelfareDecision")
@Table(name = "social_welfare_decision")
public class Decision {

    @Id
    @SequenceGenerator(
            name = "social_welfare_decision_seq",
            sequenceName = "social_welfare_decision_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "social_welfare_decision_seq")
    private Long id;

    @Column(name = "dossier_id", nullable = false, unique = true)
    private long dossierId;

    @Column(name = "agency_id", nullable = false)
    private long agencyId;

    @Column(name = "decision_year", nullable = false)
    private int year;

    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Column(name = "decision_number", nullable = false, length = 40)
    private String number;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionKind kind;

    @Column(name = "subject_name", nullable = false, length = 150)
    private String subjectName;

    @Column(name = "signed_by", length = 150)
    private String signedBy;

    protected Decision() {}

    public Decision(
            long dossierId,
            long agencyId,
            int sequenceNo,
            String number,
            LocalDate decidedOn,
            DecisionKind kind,
            String subjectName,
            String signedBy) {
        this.dossierId = dossierId;
        this.agencyId = agencyId;
        this.year = decidedOn.getYear();
        this.sequenceNo = sequenceNo;
        this.number = number;
        this.decidedOn = decidedOn;
        this.kind = kind;
        this.subjectName = subjectName;
        this.signedBy = signedBy;
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

    public int getYear() {
        return year;
    }

    public int getSequenceNo() {
        return sequenceNo;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getSignedBy() {
        return signedBy;
    }
}
