package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.io.Serializable;

/** A row that belongs to one procedure version, at a position the admin chose: document, fee, step or field. */
@MappedSuperclass
public abstract class VersionPart implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "procedure_part_seq", sequenceName = "procedure_part_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procedure_part_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_version_id", nullable = false)
    private ProcedureVersion procedureVersion;

    @Column(nullable = false)
    private int position;

    void attach(ProcedureVersion owner, int at) {
        this.procedureVersion = owner;
        this.position = at;
    }

    public Long getId() {
        return id;
    }

    public ProcedureVersion getProcedureVersion() {
        return procedureVersion;
    }

    public int getPosition() {
        return position;
    }
}
