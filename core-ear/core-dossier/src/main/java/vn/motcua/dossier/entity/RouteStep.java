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
import vn.motcua.directory.entity.Role;

/**
 * Who does one process step of a dossier, as the implementing agency's mapping stood at receipt: the agency, and the
 * role whose officers do it there ({@code null}: the step's own role).
 */
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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "role_id")
    private Role role;

    protected RouteStep() {}

    RouteStep(Dossier dossier, int position, Agency agency, Role role) {
        this.dossier = dossier;
        this.position = position;
        this.agency = agency;
        this.role = role;
    }

    public int getPosition() {
        return position;
    }

    public Agency getAgency() {
        return agency;
    }

    public Role getRole() {
        return role;
    }
}
