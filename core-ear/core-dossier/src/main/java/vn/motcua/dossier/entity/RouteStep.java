package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import vn.motcua.directory.entity.Agency;

/** The agency of one process step of a dossier, as the implementing agency's mapping stood at receipt. */
@Entity
@Table(name = "dossier_route")
@IdClass(RouteStep.Key.class)
public class RouteStep implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The primary key: dossier and step position. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long dossier;
        private int position;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(dossier, k.dossier) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(dossier, position);
        }
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id", nullable = false)
    private Dossier dossier;

    @Id
    @Column(name = "step_position", nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    protected RouteStep() {}

    RouteStep(Dossier dossier, int position, Agency agency) {
        this.dossier = dossier;
        this.position = position;
        this.agency = agency;
    }

    public int getPosition() {
        return position;
    }

    public Agency getAgency() {
        return agency;
    }
}
