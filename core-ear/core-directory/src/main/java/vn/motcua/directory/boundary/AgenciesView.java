package vn.motcua.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.AdministrativeUnit;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.AgencyKind;
import vn.motcua.directory.entity.Trees;
import vn.motcua.platform.faces.Notices;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.DomainException;

/**
 * Backs {@code /admin/agencies.xhtml}: the agency tree in scope, built in one pass from the path-ordered list (an
 * agency whose parent is out of scope is shown as a root), and the dialog to create or edit an agency.
 */
@Named
@ViewScoped
public class AgenciesView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AgencyAdministration agencies;

    @Inject
    UnitAdministration units;

    @Inject
    CurrentUser currentUser;

    private boolean showInactive;
    private TreeNode<Agency> root;
    private final Set<Long> expanded = new HashSet<>();

    private Agency agency;
    private Long parentId;
    private Long unitId;
    private Long kindId;
    private List<AgencyKind> kinds;
    private AgencyKind kindForm;
    private String unitName;
    private List<SelectItem> parentChoices;
    private List<SelectItem> unitChoices;

    @PostConstruct
    public void load() {
        if (root != null) {
            remember(root);
        }
        build();
    }

    private void build() {
        root = new DefaultTreeNode<>();
        Map<Long, TreeNode<Agency>> nodes = new HashMap<>();
        for (Agency row : agencies.tree(showInactive)) {
            TreeNode<Agency> parent = nodes.getOrDefault(parentOf(row.getPath()), root);
            TreeNode<Agency> node = new DefaultTreeNode<>(row, parent);
            node.setExpanded(parent == root || expanded.contains(row.getId()));
            nodes.put(row.getId(), node);
        }
    }

    /** A new agency under {@code parent}, or a top-level one when it is null; it inherits the parent's area. */
    public void create(Agency parent) {
        agency = new Agency();
        kindId = null;
        parentId = parent == null ? null : parent.getId();
        prepareChoices(parent == null ? null : parent.getAdministrativeUnit());
    }

    public void edit(Agency row) {
        agency = agencies.find(row.getId());
        kindId = agency.getKind() == null ? null : agency.getKind().getId();
        parentId = parentOf(agency.getPath());
        prepareChoices(agency.getAdministrativeUnit());
    }

    public void save() {
        try {
            agency.setKind(getKinds().stream()
                    .filter(k -> k.getId().equals(kindId))
                    .findFirst()
                    .orElse(null));
            if (isCreating()) {
                agency = agencies.create(agency, parentId, unitId);
            } else {
                agency = agencies.update(agency, parentId, unitId);
            }
        } catch (DomainException e) {
            if ("platform.concurrentChange".equals(e.messageKey()) && !isCreating()) {
                edit(agency);
            }
            throw e;
        }
        remember(root);
        expandTo(agency);
        Notices.info("common.saved");
        build();
    }

    public void setActive(Agency row, boolean active) {
        agencies.setActive(row.getId(), active);
        Notices.info(active ? "directory.notice.activated" : "directory.notice.deactivated");
        load();
    }

    /** Only provincial admins may place an agency at the top; an agency already there keeps that choice. */
    public boolean isTopLevelAllowed() {
        return currentUser.permitted(AgencyScope.ALL) || (agency != null && !isCreating() && parentId == null);
    }

    public boolean isUnitsVisible() {
        return currentUser.permitted("directory:unit:view");
    }

    /** Agencies in scope it may move under: not itself nor its descendants; its current parent even if out of scope. */
    private void prepareChoices(AdministrativeUnit unit) {
        parentChoices = new ArrayList<>();
        List<Agency> choices = agencies.choices();
        int top = choices.stream().mapToInt(Agency::getDepth).min().orElse(0);
        boolean currentParentListed = parentId == null;
        if (isTopLevelAllowed()) {
            String topLevel = Notices.text("directory.agency.topLevel");
            parentChoices.add(new SelectItem(null, topLevel, null, false, true, true));
        }
        for (Agency candidate : choices) {
            if (!isCreating() && Trees.isSelfOrDescendant(agency.getPath(), candidate.getPath())) {
                continue;
            }
            parentChoices.add(
                    new SelectItem(candidate.getId(), indent(candidate.getDepth() - top) + candidate.getName()));
            currentParentListed |= candidate.getId().equals(parentId);
        }
        if (!currentParentListed && agency.getParent() != null) {
            int afterTopLevel = isTopLevelAllowed() ? 1 : 0;
            parentChoices.add(
                    afterTopLevel, new SelectItem(parentId, agency.getParent().getName()));
        }
        prepareUnitChoices(unit);
    }

    private void prepareUnitChoices(AdministrativeUnit unit) {
        unitId = unit == null ? null : unit.getId();
        unitName = unit == null ? null : unit.getName();
        unitChoices = new ArrayList<>();
        if (isUnitsVisible()) {
            boolean currentUnitListed = unitId == null;
            for (AdministrativeUnit candidate : units.tree(false)) {
                unitChoices.add(new SelectItem(candidate.getId(), indent(candidate.getDepth()) + candidate.getName()));
                currentUnitListed |= candidate.getId().equals(unitId);
            }
            if (!currentUnitListed) { // an inactive unit stays until the user picks another
                unitChoices.add(0, new SelectItem(unitId, unitName));
            }
        }
    }

    private void remember(TreeNode<Agency> node) {
        for (TreeNode<Agency> child : node.getChildren()) {
            if (child.isExpanded()) {
                expanded.add(child.getData().getId());
            } else {
                expanded.remove(child.getData().getId());
            }
            remember(child);
        }
    }

    /** Opens every ancestor of the agency, so the officer sees the row they have just saved. */
    private void expandTo(Agency saved) {
        for (String id : saved.getPath().split("/")) {
            if (!id.isEmpty() && !id.equals(String.valueOf(saved.getId()))) {
                expanded.add(Long.valueOf(id));
            }
        }
    }

    /** The parent's id read from a materialised path such as {@code /1/5/12/}; null for a root. */
    static Long parentOf(String path) {
        String[] ids = path == null ? new String[0] : path.split("/");
        return ids.length >= 3 ? Long.valueOf(ids[ids.length - 2]) : null;
    }

    static String indent(int depth) {
        return "\u00a0\u00a0\u00a0\u00a0".repeat(Math.max(depth, 0));
    }

    /** The kinds reference list (admin-edited), read once per view. */
    public List<AgencyKind> getKinds() {
        if (kinds == null) {
            kinds = agencies.kinds();
        }
        return kinds;
    }

    public void newKind() {
        kindForm = new AgencyKind();
        kindForm.setSortOrder(getKinds().size() + 1);
    }

    public void editKind(AgencyKind kind) {
        kindForm = kind;
    }

    public void saveKind() {
        agencies.saveKind(kindForm);
        kinds = null;
        kindForm = null;
        Notices.info("common.saved");
    }

    public AgencyKind getKindForm() {
        return kindForm;
    }

    public Long getKindId() {
        return kindId;
    }

    public void setKindId(Long kindId) {
        this.kindId = kindId;
    }

    public boolean isCreating() {
        return agency != null && agency.getId() == null;
    }

    public boolean isShowInactive() {
        return showInactive;
    }

    public void setShowInactive(boolean showInactive) {
        this.showInactive = showInactive;
    }

    public TreeNode<Agency> getRoot() {
        return root;
    }

    public Agency getAgency() {
        return agency;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public List<SelectItem> getParentChoices() {
        return parentChoices;
    }

    public String getUnitName() {
        return unitName;
    }

    public List<SelectItem> getUnitChoices() {
        return unitChoices;
    }
}
