package vn.motcua.platform.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import vn.motcua.platform.audit.entity.AuditEvent;
import vn.motcua.platform.faces.EntityLazyModel;
import vn.motcua.platform.faces.Notices;

/**
 * Backs {@code /admin/audit.xhtml}: the audit trail for the auditor, filtered by who, what and when. Shows; never
 * changes anything.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    AuditLog log;

    private EntityLazyModel<AuditEvent> model;
    private List<String> actions;

    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(log::page, AuditEvent::getId);
        actions = log.actions();
    }

    /** Applies the filter form. */
    public void search() {
        if (from != null && to != null && from.isAfter(to)) {
            Notices.error("audit.period.reversed");
            return;
        }
        var filters = new HashMap<String, Object>();
        if (actor != null && !actor.isBlank()) {
            filters.put("actor", actor.strip());
        }
        if (action != null && !action.isBlank()) {
            filters.put("action", action);
        }
        if (from != null) {
            filters.put("from", from);
        }
        if (to != null) {
            filters.put("to", to);
        }
        model.setFixedFilters(filters);
    }

    /** The action's name in the reader's language ({@code audit.action.<action>}), or the action itself. */
    public String label(String action) {
        String key = "audit.action." + action;
        String text = Notices.text(key);
        return text.equals(key) ? action : text;
    }

    public EntityLazyModel<AuditEvent> getModel() {
        return model;
    }

    public List<String> getActions() {
        return actions;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
