package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;

/**
 * An implementing agency's own division, role, or both, for one step of a version (a step the deciding agency does):
 * the officers holding that role (the step's own role when none) in that division (the agency itself when it is the
 * one named) do the step there. Changed by an admin without a new version; a dossier keeps the route it was received
 * with.
 */
@Entity
@Table(name = "performer_step")
@IdClass(PerformerStep.Key.class)
public class PerformerStep implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The primary key: version, implementing agency, step position. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long versionId;
        private Long agencyId;
        private int position;

        public Key() {}

        public Key(Long versionId, Long agencyId, int position) {
            this.versionId = versionId;
            this.agencyId = agencyId;
            this.position = position;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(versionId, k.versionId)
                    && Objects.equals(agencyId, k.agencyId)
                    && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(versionId, agencyId, position);
        }
    }

    @Id
    @Column(name = "procedure_version_id")
    private Long versionId;

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Id
    @Column(name = "step_position")
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "acting_agency_id", nullable = false)
    private Agency acting;

    /** The role whose officers do the step here, {@code null} for the step's own role. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acting_role_id")
    private Role role;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected PerformerStep() {}

    public PerformerStep(
            long versionId, long agencyId, int position, Agency acting, Role role, LocalDateTime at, String by) {
        this.versionId = versionId;
        this.agencyId = agencyId;
        this.position = position;
        this.acting = acting;
        this.role = role;
        this.changedAt = at;
        this.changedBy = by;
    }

    public Long getVersionId() {
        return versionId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public int getPosition() {
        return position;
    }

    public Agency getActing() {
        return acting;
    }

    public Role getRole() {
        return role;
    }

    /** Who does the step here: the division and the role. */
    public StepActor actor() {
        return new StepActor(acting, role);
    }

    public void change(Agency acting, Role role, LocalDateTime at, String by) {
        this.acting = acting;
        this.role = role;
        this.changedAt = at;
        this.changedBy = by;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
