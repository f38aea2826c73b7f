package vn.motcua.catalog.boundary;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import vn.motcua.catalog.entity.PerformerRule;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.directory.boundary.AgencyAdministration;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.AgencyKind;
import vn.motcua.platform.faces.Notices;

/**
 * Backs {@code /admin/performers.xhtml?v=ID}: who performs a procedure version (its deciding agency, every agency of
 * a kind under an agency, or a list) and, per implementing agency, the division and role of each step it does itself.
 */
@Named
@ViewScoped
public class PerformersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ImplementingAgencies implementing;

    @Inject
    AgencyAdministration agencies;

    private Long versionId;
    private ProcedureVersion version;
    private PerformerRule rule;
    private Long kindId;
    private Long rootId;
    private List<Long> listIds = new ArrayList<>();
    private List<Agency> performers = List.of();
    private List<AgencyKind> kinds = List.of();
    private List<SelectItem> agencyChoices = List.of();

    private Long mappedAgencyId;
    private String mappedAgencyName;
    private List<Row> mapping = List.of();
    private List<SelectItem> divisionChoices = List.of();
    private List<SelectItem> roleChoices = List.of();

    public void load() {
        if (versionId == null) {
            return;
        }
        version = implementing.version(versionId);
        rule = version.getPerformers();
        kindId = version.getPerformerKind() == null
                ? null
                : version.getPerformerKind().getId();
        rootId = version.getPerformerRoot() == null
                ? null
                : version.getPerformerRoot().getId();
        listIds = new ArrayList<>(
                version.getPerformerList().stream().map(Agency::getId).toList());
        performers = implementing.performersOf(versionId);
        kinds = implementing.kinds();
        agencyChoices = agencies.choices().stream()
                .map(a -> new SelectItem(a.getId(), "\u00a0\u00a0".repeat(Math.max(a.getDepth() - 1, 0)) + a.getName()))
                .toList();
    }

    public void saveRule() {
        version = implementing.setRule(versionId, version.getVersion(), rule, kindId, rootId, listIds);
        Notices.info(
                "catalog.performers.saved", implementing.performersOf(versionId).size());
        load();
    }

    /** Opens the step mapping of one implementing agency. */
    public void openMapping(Agency agency) {
        mappedAgencyId = agency.getId();
        mappedAgencyName = agency.getName();
        mapping = implementing.mapping(versionId, mappedAgencyId).stream()
                .map(Row::new)
                .toList();
        divisionChoices = implementing.divisions(mappedAgencyId).stream()
                .map(a -> new SelectItem(a.getId(), a.getName()))
                .toList();
        roleChoices = implementing.roles().stream()
                .map(r -> new SelectItem(r.getId(), r.getName()))
                .toList();
    }

    public void saveMapping() {
        var chosen = new HashMap<Integer, ImplementingAgencies.StepChoice>();
        mapping.forEach(
                m -> chosen.put(m.getPosition(), new ImplementingAgencies.StepChoice(m.getActingId(), m.getRoleId())));
        implementing.map(versionId, mappedAgencyId, chosen);
        Notices.info("common.saved");
        openMapping(performers.stream()
                .filter(a -> a.getId().equals(mappedAgencyId))
                .findFirst()
                .orElseThrow());
    }

    /** One step of the open mapping, as the table edits it. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int position;
        private final String stepName;
        private final String roleName;
        private Long actingId;
        private Long roleId;

        Row(ImplementingAgencies.StepMapping m) {
            this.position = m.position();
            this.stepName = m.stepName();
            this.roleName = m.roleName();
            this.actingId = m.actingId();
            this.roleId = m.roleId();
        }

        /** The role chosen, {@code null} for the step's own role. */
        public Long getRoleId() {
            return roleId;
        }

        public void setRoleId(Long roleId) {
            this.roleId = roleId;
        }

        public int getPosition() {
            return position;
        }

        public String getStepName() {
            return stepName;
        }

        public String getRoleName() {
            return roleName;
        }

        public Long getActingId() {
            return actingId;
        }

        public void setActingId(Long actingId) {
            this.actingId = actingId;
        }
    }

    public PerformerRule[] getRules() {
        return PerformerRule.values();
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public ProcedureVersion getVersion() {
        return version;
    }

    public PerformerRule getRule() {
        return rule;
    }

    public void setRule(PerformerRule rule) {
        this.rule = rule;
    }

    public Long getKindId() {
        return kindId;
    }

    public void setKindId(Long kindId) {
        this.kindId = kindId;
    }

    public Long getRootId() {
        return rootId;
    }

    public void setRootId(Long rootId) {
        this.rootId = rootId;
    }

    public List<Long> getListIds() {
        return listIds;
    }

    public void setListIds(List<Long> listIds) {
        this.listIds = listIds == null ? new ArrayList<>() : new ArrayList<>(listIds);
    }

    public List<Agency> getPerformers() {
        return performers;
    }

    public List<AgencyKind> getKinds() {
        return kinds;
    }

    public List<SelectItem> getAgencyChoices() {
        return agencyChoices;
    }

    public Long getMappedAgencyId() {
        return mappedAgencyId;
    }

    public String getMappedAgencyName() {
        return mappedAgencyName;
    }

    public List<Row> getMapping() {
        return mapping;
    }

    public List<SelectItem> getDivisionChoices() {
        return divisionChoices;
    }

    public List<SelectItem> getRoleChoices() {
        return roleChoices;
    }
}
