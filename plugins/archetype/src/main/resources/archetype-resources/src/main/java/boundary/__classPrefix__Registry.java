package ${package}.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ${package}.${classPrefix}Plugin;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The registry of results issued, as the registry page reads it: one count and one page query per request, filtered
 * and sorted in the database, and always kept to the agencies in the officer's scope (a department never sees
 * another's), whatever the search says.
 */
@Plugin(${classPrefix}Plugin.ID)
@ApplicationScoped
public class ${classPrefix}Registry {

    /** One page of the registry and how many rows match in all. */
    public record Page(List<${classPrefix}Application> rows, long total) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerContext officer;

    /** The page's view action: refused (not-allowed page) without the permission. */
    @RequiresPermissions(${classPrefix}Plugin.REGISTRY_VIEW)
    public void checkAccess() {}

    @Transactional
    @RequiresPermissions(${classPrefix}Plugin.REGISTRY_VIEW)
    public Page page(String search, int first, int size, String sortField, boolean ascending) {
        Set<Long> scope = officer.agencyIdsInScope();
        if (scope.isEmpty()) {
            return new Page(List.of(), 0);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<${classPrefix}Application> counted = count.from(${classPrefix}Application.class);
        count.select(cb.count(counted)).where(where(cb, counted, scope, search));
        long total = em.createQuery(count).getSingleResult();
        if (total == 0) {
            return new Page(List.of(), 0);
        }
        CriteriaQuery<${classPrefix}Application> select = cb.createQuery(${classPrefix}Application.class);
        Root<${classPrefix}Application> root = select.from(${classPrefix}Application.class);
        select.select(root).where(where(cb, root, scope, search));
        var orders = new ArrayList<Order>();
        for (Expression<?> by : sortedBy(root, sortField)) {
            orders.add(ascending && sortField != null ? cb.asc(by) : cb.desc(by));
        }
        orders.add(cb.desc(root.get("id")));
        select.orderBy(orders);
        List<${classPrefix}Application> rows =
                em.createQuery(select).setFirstResult(first).setMaxResults(size).getResultList();
        return new Page(rows, total);
    }

    /** The columns the page may sort on (PrimeFaces names them after the column's sortBy); issue date by default. */
    private static List<Expression<?>> sortedBy(Root<${classPrefix}Application> root, String field) {
        return switch (field == null ? "" : field) {
            case "resultNumber" -> List.of(root.get("resultYear"), root.get("resultSequence"));
            case "applicantName" -> List.of(root.get("applicantName"));
            case "subject" -> List.of(root.get("subject"));
            default -> List.of(root.get("issuedOn"));
        };
    }

    private static Predicate[] where(
            CriteriaBuilder cb, Root<${classPrefix}Application> root, Set<Long> scope, String search) {
        var where = new ArrayList<Predicate>();
        where.add(root.get("agencyId").in(scope));
        where.add(cb.isNotNull(root.get("resultNumber")));
        if (search != null && !search.isBlank()) {
            String pattern = "%"
                    + search.trim()
                            .toLowerCase(Locale.ROOT)
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_")
                    + "%";
            where.add(cb.or(
                    cb.like(cb.lower(root.get("resultNumber")), pattern, '\\'),
                    cb.like(cb.lower(root.get("applicantName")), pattern, '\\'),
                    cb.like(cb.lower(root.get("applicantIdNumber")), pattern, '\\'),
                    cb.like(cb.lower(root.get("subject")), pattern, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }
}
