package vn.motcua.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Counter;
import vn.motcua.platform.faces.EntityLazyModel;
import vn.motcua.platform.faces.Notices;
import vn.motcua.spi.DomainException;

/**
 * Backs {@code /admin/counters.xhtml}: the paged list of one-stop counters of the agencies in scope and the dialog
 * to create or edit one.
 */
@Named
@ViewScoped
public class CountersView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CounterAdministration counters;

    @Inject
    AgencyAdministration agencies;

    private EntityLazyModel<Counter> model;
    private boolean showInactive;

    private Counter counter;
    private Long agencyId;
    private List<Long> receivesFor = new ArrayList<>();
    private List<SelectItem> agencyChoices;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(counters::page, Counter::getId);
        applyFilters();
    }

    /** Called when "show deactivated" changes. */
    public void applyFilters() {
        model.setFixedFilters(showInactive ? Map.of() : Map.of("active", Boolean.TRUE));
    }

    public void create() {
        counter = new Counter();
        agencyId = null;
        receivesFor = new ArrayList<>();
        prepareChoices();
    }

    public void edit(Counter row) {
        counter = counters.find(row.getId());
        agencyId = counter.getAgency().getId();
        receivesFor = new ArrayList<>(
                counter.getReceivesFor().stream().map(Agency::getId).toList());
        prepareChoices();
    }

    public void save() {
        try {
            if (isCreating()) {
                counter = counters.create(counter, agencyId, receivesFor);
            } else {
                counter = counters.update(counter, agencyId, receivesFor);
            }
        } catch (DomainException e) {
            if ("platform.concurrentChange".equals(e.messageKey()) && !isCreating()) {
                edit(counter);
            }
            throw e;
        }
        Notices.info("common.saved");
    }

    public void setActive(Counter row, boolean active) {
        counters.setActive(row.getId(), active);
        Notices.info(active ? "directory.notice.activated" : "directory.notice.deactivated");
    }

    /** Active agencies in scope, indented under their parents; when there is only one, it is preselected. */
    private void prepareChoices() {
        List<Agency> choices = agencies.choices();
        int top = choices.stream().mapToInt(Agency::getDepth).min().orElse(0);
        agencyChoices = new ArrayList<>();
        boolean currentListed = agencyId == null;
        for (Agency agency : choices) {
            String indent = AgenciesView.indent(agency.getDepth() - top);
            agencyChoices.add(new SelectItem(agency.getId(), indent + agency.getName()));
            currentListed |= agency.getId().equals(agencyId);
        }
        if (!currentListed) { // a deactivated agency: shown, and the facade asks for an active one on save
            agencyChoices.add(0, new SelectItem(agencyId, counter.getAgency().getName()));
        }
        if (agencyId == null && choices.size() == 1) {
            agencyId = choices.get(0).getId();
        }
    }

    public boolean isCreating() {
        return counter != null && counter.getId() == null;
    }

    public EntityLazyModel<Counter> getModel() {
        return model;
    }

    public boolean isShowInactive() {
        return showInactive;
    }

    public void setShowInactive(boolean showInactive) {
        this.showInactive = showInactive;
    }

    public Counter getCounter() {
        return counter;
    }

    public List<Long> getReceivesFor() {
        return receivesFor;
    }

    public void setReceivesFor(List<Long> receivesFor) {
        this.receivesFor = receivesFor == null ? new ArrayList<>() : new ArrayList<>(receivesFor);
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public List<SelectItem> getAgencyChoices() {
        return agencyChoices;
    }
}
