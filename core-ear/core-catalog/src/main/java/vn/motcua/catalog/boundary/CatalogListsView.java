package vn.motcua.catalog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.catalog.entity.ReferenceItem;
import vn.motcua.catalog.entity.ReferenceKind;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.platform.faces.Notices;

/**
 * Backs {@code /admin/catalog-lists.xhtml}: sectors and the national reference lists, each a short list edited in a
 * dialog; entries are deactivated, never deleted.
 */
@Named
@ViewScoped
public class CatalogListsView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ReferenceLists lists;

    private List<Sector> sectors;
    private final Map<ReferenceKind, List<ReferenceItem>> items = new EnumMap<>(ReferenceKind.class);

    private Sector sector;
    private ReferenceItem item;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        sectors = lists.sectors();
        for (ReferenceKind kind : ReferenceKind.values()) {
            items.put(kind, lists.all(kind));
        }
    }

    public void newSector() {
        sector = new Sector();
    }

    public void editSector(Sector row) {
        sector = row;
    }

    public void saveSector() {
        lists.save(sector);
        reload();
        Notices.info("common.saved");
    }

    public void setSectorActive(Sector row, boolean active) {
        lists.setSectorActive(row.getId(), active);
        reload();
    }

    public void newItem(ReferenceKind kind) {
        item = new ReferenceItem();
        item.setKind(kind);
        item.setSortOrder(items.get(kind).size() + 1);
    }

    public void editItem(ReferenceItem row) {
        item = row;
    }

    public void saveItem() {
        lists.save(item);
        reload();
        Notices.info("common.saved");
    }

    public void setItemActive(ReferenceItem row, boolean active) {
        lists.setItemActive(row.getId(), active);
        reload();
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public Map<ReferenceKind, List<ReferenceItem>> getItems() {
        return items;
    }

    public ReferenceKind[] getKinds() {
        return ReferenceKind.values();
    }

    public Sector getSector() {
        return sector;
    }

    public ReferenceItem getItem() {
        return item;
    }
}
