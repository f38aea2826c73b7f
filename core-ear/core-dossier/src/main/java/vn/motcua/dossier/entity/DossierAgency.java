package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One row of {@link Dossier#getAgencyIds()} (an agency that has held a dossier), seen as an entity so that the scope
 * of the worklists can be queried from table {@code dossier_agency} alone: {@code select dossierId from
 * DossierAgency where agencyId in (...)} reads only that table's (agency, dossier) index, where the same query over
 * {@code Dossier.agencyIds} would join the dossier table. For reading only: the rows are written through {@code
 * Dossier.agencyIds}; nothing creates, persists or changes this entity (no public constructor, no setters).
 */
@Entity
@Table(name = "dossier_agency")
@IdClass(DossierAgency.Key.class)
public class DossierAgency implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "dossier_id")
    private Long dossierId;

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    protected DossierAgency() {}

    public Long getDossierId() {
        return dossierId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    /** The composite key (dossier, agency). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long dossierId;
        private Long agencyId;

        public Key() {}

        public Key(Long dossierId, Long agencyId) {
            this.dossierId = dossierId;
            this.agencyId = agencyId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(dossierId, key.dossierId)
                    && Objects.equals(agencyId, key.agencyId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dossierId, agencyId);
        }
    }
}
