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
import vn.motcua.directory.entity.AdministrativeUnit;
import vn.motcua.directory.entity.Trees;
import vn.motcua.platform.faces.Notices;
import vn.motcua.spi.ConcurrentChangeException;
import vn.motcua.spi.DomainException;

/**
 * Backs {@code /admin/units.xhtml}: the tree of administrative units (province, communes, wards…), built in one pass
 * from the path-ordered list, and the dialog to create or edit a unit.
 */
@Named
@ViewScoped
public class UnitsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    UnitAdministration units;

    private boolean showInactive;
    private TreeNode<AdministrativeUnit> root;
    private final Set<Long> expanded = new HashSet<>();

    private AdministrativeUnit unit;
    private Long parentId;
    private List<SelectItem> parentChoices;

    @PostConstruct
    public void load() {
        if (root != null) {
            remember(root);
        }
        root = new DefaultTreeNode<>();
        Map<Long, TreeNode<AdministrativeUnit>> nodes = new HashMap<>();
        for (AdministrativeUnit row : units.tree(showInactive)) {
            TreeNode<AdministrativeUnit> parent = nodes.getOrDefault(AgenciesView.parentOf(row.getPath()), root);
            TreeNode<AdministrativeUnit> node = new DefaultTreeNode<>(row, parent);
            node.setExpanded(parent == root || expanded.contains(row.getId()));
            nodes.put(row.getId(), node);
        }
    }

    /** A new unit under {@code parent}, or a top-level one (a province) when it is null. */
    public void create(AdministrativeUnit parent) {
        unit = new AdministrativeUnit();
        parentId = parent == null ? null : parent.getId();
        prepareChoices();
    }

    public void edit(AdministrativeUnit row) {
        unit = units.find(row.getId());
        parentId = AgenciesView.parentOf(unit.getPath());
        prepareChoices();
    }

    public void save() {
        try {
            if (isCreating()) {
                unit = units.create(unit, parentId);
            } else {
                unit = units.update(unit, parentId);
            }
        } catch (DomainException e) {
            if (e instanceof ConcurrentChangeException && !isCreating()) {
                edit(unit);
            }
            throw e;
        }
        if (parentId != null) {
            expanded.add(parentId);
        }
        Notices.info("common.saved");
        load();
    }

    public void setActive(AdministrativeUnit row, boolean active) {
        units.setActive(row.getId(), active);
        Notices.info(active ? "directory.notice.activated" : "directory.notice.deactivated");
        load();
    }

    /** Units it may be placed under: not itself nor its descendants; its current parent even when inactive. */
    private void prepareChoices() {
        parentChoices = new ArrayList<>();
        parentChoices.add(new SelectItem(null, Notices.text("directory.unit.topLevel"), null, false, true, true));
        boolean currentParentListed = parentId == null;
        for (AdministrativeUnit candidate : units.tree(false)) {
            if (!isCreating() && Trees.isSelfOrDescendant(unit.getPath(), candidate.getPath())) {
                continue;
            }
            String indent = AgenciesView.indent(candidate.getDepth());
            parentChoices.add(new SelectItem(candidate.getId(), indent + candidate.getName()));
            currentParentListed |= candidate.getId().equals(parentId);
        }
        if (!currentParentListed && unit.getParent() != null) {
            parentChoices.add(1, new SelectItem(parentId, unit.getParent().getName()));
        }
    }

    private void remember(TreeNode<AdministrativeUnit> node) {
        for (TreeNode<AdministrativeUnit> child : node.getChildren()) {
            if (child.isExpanded()) {
                expanded.add(child.getData().getId());
            } else {
                expanded.remove(child.getData().getId());
            }
            remember(child);
        }
    }

    public boolean isCreating() {
        return unit != null && unit.getId() == null;
    }

    public boolean isShowInactive() {
        return showInactive;
    }

    public void setShowInactive(boolean showInactive) {
        this.showInactive = showInactive;
    }

    public TreeNode<AdministrativeUnit> getRoot() {
        return root;
    }

    public AdministrativeUnit getUnit() {
        return unit;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public List<SelectItem> getParentChoices() {
        return parentChoices;
    }
}
