package vn.motcua.dossier.entity;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.io.Serializable;

/** A row that belongs to one dossier: hand-over, document, file, fee, pause or extension. */
@MappedSuperclass
public abstract class DossierPart implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "dossier_part_seq", sequenceName = "dossier_part_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dossier_part_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id", nullable = false)
    private Dossier dossier;

    void attach(Dossier owner) {
        this.dossier = owner;
    }

    public Long getId() {
        return id;
    }

    public Dossier getDossier() {
        return dossier;
    }
}
