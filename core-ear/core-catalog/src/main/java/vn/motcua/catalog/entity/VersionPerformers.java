package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.AgencyKind;

/**
 * Who performs a procedure version, columns of {@code procedure_version}: its deciding agency, and the rule that gives
 * the implementing agencies (the deciding agency alone, every agency of a kind under an agency, or a list in
 * {@code procedure_performer}). The rule is who does the work, not what the law says: it changes without a new
 * version, and a new draft copies it.
 */
@MappedSuperclass
public abstract class VersionPerformers implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{catalog.procedure.agency.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deciding_agency_id", nullable = false)
    private Agency decidingAgency;

    /** Which agencies perform it ({@code null} in rows older than the rule: read as {@link PerformerRule#DECIDING}). */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PerformerRule performers;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "performer_kind_id")
    private AgencyKind performerKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "performer_root_id")
    private Agency performerRoot;

    @ManyToMany
    @JoinTable(
            name = "procedure_performer",
            joinColumns = @JoinColumn(name = "procedure_version_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> performerList = new HashSet<>();

    /** Copies the deciding agency and the rule to a new draft. */
    protected void copyPerformersTo(VersionPerformers draft) {
        draft.decidingAgency = decidingAgency;
        draft.performers = performers;
        draft.performerKind = performerKind;
        draft.performerRoot = performerRoot;
        draft.performerList = new HashSet<>(performerList);
    }

    public PerformerRule getPerformers() {
        return performers == null ? PerformerRule.DECIDING : performers;
    }

    public AgencyKind getPerformerKind() {
        return performerKind;
    }

    public Agency getPerformerRoot() {
        return performerRoot;
    }

    public Set<Agency> getPerformerList() {
        return performerList;
    }

    /** Sets who performs it; the facade checks the rule ({@code control/Performers}). */
    public void performedBy(PerformerRule rule, AgencyKind kind, Agency root, Set<Agency> list) {
        this.performers = rule;
        this.performerKind = rule == PerformerRule.KIND ? kind : null;
        this.performerRoot = rule == PerformerRule.KIND ? root : null;
        this.performerList = rule == PerformerRule.LIST ? new HashSet<>(list) : new HashSet<>();
    }

    public Agency getDecidingAgency() {
        return decidingAgency;
    }

    public void setDecidingAgency(Agency decidingAgency) {
        this.decidingAgency = decidingAgency;
    }
}
