package vn.motcua.catalog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import vn.motcua.catalog.entity.Procedure;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.platform.faces.EntityLazyModel;

/** Backs {@code /admin/procedures.xhtml}: the catalog of procedures, paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class ProceduresView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    ProcedureAdministration procedures;

    private EntityLazyModel<Procedure> model;
    private List<Sector> sectors;
    private Long sectorId;
    private boolean showInactive;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(procedures::page, Procedure::getId);
        sectors = procedures.sectors();
        applyFilters();
    }

    public void applyFilters() {
        var fixed = new HashMap<String, Object>();
        if (!showInactive) {
            fixed.put("active", Boolean.TRUE);
        }
        if (sectorId != null) {
            fixed.put("sectorId", sectorId);
        }
        model.setFixedFilters(fixed);
    }

    public EntityLazyModel<Procedure> getModel() {
        return model;
    }

    public List<Sector> getSectors() {
        return sectors;
    }

    public Long getSectorId() {
        return sectorId;
    }

    public void setSectorId(Long sectorId) {
        this.sectorId = sectorId;
    }

    public boolean isShowInactive() {
        return showInactive;
    }

    public void setShowInactive(boolean showInactive) {
        this.showInactive = showInactive;
    }
}
