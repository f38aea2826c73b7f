package vn.motcua.platform.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.platform.audit.entity.AuditEvent;
import vn.motcua.platform.paging.CriteriaPaging;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * What the auditor reads ({@value #VIEW}): the audit trail, filtered, sorted and paged in the database, newest first
 * unless asked otherwise. Read only: there is no method, here or anywhere, that changes or removes a row.
 */
@ApplicationScoped
@RequiresPermissions(AuditLog.VIEW)
public class AuditLog {

    public static final String VIEW = "audit:view";

    @PersistenceContext
    EntityManager em;

    /**
     * Filters: {@code actor} (the officer's username, contains), {@code action} (exact, or a prefix ending in a dot
     * such as {@code directory.login.}), {@code from} and {@code to} ({@link LocalDate}, both days included).
     */
    @Transactional
    public Page<AuditEvent> page(PageRequest request) {
        PageRequest sorted = request.sortField() == null ? request.sortedBy("occurredAt", false) : request;
        return CriteriaPaging.of(em, AuditEvent.class)
                .page(
                        sorted,
                        (cb, query, event) -> {
                            var where = new ArrayList<Predicate>();
                            where.add(CriteriaPaging.contains(cb, event.get("actorName"), sorted.text("actor")));
                            String action = sorted.text("action");
                            if (action != null && !action.isBlank()) {
                                where.add(
                                        action.endsWith(".")
                                                ? cb.like(event.get("action"), action + "%")
                                                : cb.equal(event.get("action"), action));
                            }
                            if (sorted.value("from") instanceof LocalDate from) {
                                where.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), from.atStartOfDay()));
                            }
                            if (sorted.value("to") instanceof LocalDate to) {
                                where.add(cb.lessThan(
                                        event.get("occurredAt"), to.plusDays(1).atStartOfDay()));
                            }
                            return where;
                        },
                        Map.of(
                                "occurredAt", e -> e.get("occurredAt"),
                                "actorName", e -> e.get("actorName"),
                                "action", e -> e.get("action")),
                        "occurredAt");
    }

    /** The actions recorded so far, for the filter's choices. */
    @Transactional
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }
}
