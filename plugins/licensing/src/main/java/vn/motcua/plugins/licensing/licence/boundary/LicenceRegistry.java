package vn.motcua.plugins.licensing.licence.boundary;

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
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.plugins.licensing.licence.control.LicenceFinder;
import vn.motcua.plugins.licensing.licence.control.RegistryWorkbook;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceStatus;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.context.OfficerContext;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The licence registry as officers use it: a page of licences filtered, sorted and counted in the database, the
 * Excel export of everything the filter matches, and the lookup the counter's amendment form uses. Every query keeps
 * to the agencies in the officer's scope (a department never sees another's licences), whatever the filter says.
 */
@Plugin(LicensingPlugin.ID)
@ApplicationScoped
public class LicenceRegistry {

    /** Rows read per query while exporting, so a large registry streams instead of filling the heap. */
    static final int EXPORT_CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerContext officer;

    @Inject
    @Plugin(LicensingPlugin.ID)
    LicenceFinder finder;

    /** Opens the registry screen (its view action); refused without the permission. */
    @RequiresPermissions(LicensingPlugin.LICENCE_VIEW)
    public void checkAccess() {}

    @Transactional
    @RequiresPermissions(LicensingPlugin.LICENCE_VIEW)
    public RegistryPage page(RegistryFilter filter, int first, int size, String sortField, boolean ascending) {
        Set<Long> scope = officer.agencyIdsInScope();
        if (scope.isEmpty()) {
            return new RegistryPage(List.of(), 0);
        }
        LocalDate today = LocalDate.now();
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Licence> countRoot = count.from(Licence.class);
        count.select(cb.count(countRoot)).where(where(cb, countRoot, filter, scope, today));
        long total = em.createQuery(count).getSingleResult();
        if (total == 0) {
            return new RegistryPage(List.of(), 0);
        }
        return new RegistryPage(rows(filter, scope, today, first, size, sortField, ascending), total);
    }

    /** Writes every licence the filter matches (in scope) as an .xlsx workbook; {@code text} gives the headings. */
    @Transactional
    @RequiresPermissions(LicensingPlugin.LICENCE_EXPORT)
    public void export(RegistryFilter filter, Function<String, String> text, OutputStream out) {
        Set<Long> scope = officer.agencyIdsInScope();
        LocalDate today = LocalDate.now();
        try (var workbook = new RegistryWorkbook(text, today)) {
            for (int first = 0; !scope.isEmpty(); first += EXPORT_CHUNK) {
                List<Licence> chunk = rows(filter, scope, today, first, EXPORT_CHUNK, "issuedOn", true);
                chunk.forEach(workbook::add);
                em.clear();
                if (chunk.size() < EXPORT_CHUNK) {
                    break;
                }
            }
            workbook.write(out);
        }
    }

    /**
     * A licence of an agency in the officer's scope, as the counter names it (number and year of issue), so that the
     * amendment form can start from the licence's particulars.
     */
    @Transactional
    @RequiresPermissions(LicensingPlugin.LICENCE_VIEW)
    public Optional<Licence> find(String number, Integer year) {
        return finder.find(officer.agencyIdsInScope(), number, year);
    }

    private List<Licence> rows(
            RegistryFilter filter,
            Set<Long> scope,
            LocalDate today,
            int first,
            int size,
            String sortField,
            boolean ascending) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Licence> select = cb.createQuery(Licence.class);
        Root<Licence> root = select.from(Licence.class);
        select.select(root).where(where(cb, root, filter, scope, today));
        var orders = new ArrayList<Order>();
        List<Expression<?>> sort = sortable(root, sortField);
        boolean requested = !sort.isEmpty();
        if (!requested) {
            sort = List.of(root.get("issuedOn"));
        }
        for (Expression<?> by : sort) {
            orders.add(requested && ascending ? cb.asc(by) : cb.desc(by));
        }
        orders.add(cb.desc(root.get("id")));
        select.orderBy(orders);
        return em.createQuery(select).setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** The sort fields the screen may ask for (PrimeFaces names them after the column's sortBy). */
    private static List<Expression<?>> sortable(Root<Licence> root, String field) {
        if (field == null) {
            return List.of();
        }
        return switch (field) {
            case "number" -> List.of(root.get("issueYear"), root.get("sequenceNumber"));
            case "holderName" -> List.of(root.get("holderName"));
            case "publication.publicationName" -> List.of(
                    root.get("publication").get("publicationName"));
            case "issuedOn" -> List.of(root.get("issuedOn"));
            case "expiresOn" -> List.of(root.get("expiresOn"));
            case "status" -> List.of(root.get("status"));
            default -> List.of();
        };
    }

    private static Predicate[] where(
            CriteriaBuilder cb, Root<Licence> root, RegistryFilter filter, Set<Long> scope, LocalDate today) {
        var where = new ArrayList<Predicate>();
        where.add(root.get("agencyId").in(scope));
        add(where, contains(cb, root.get("number"), filter.getNumber()));
        Predicate holderName = contains(cb, root.get("holderName"), filter.getHolder());
        if (holderName != null) {
            where.add(cb.or(holderName, contains(cb, root.get("holderIdNumber"), filter.getHolder())));
        }
        add(where, contains(cb, root.get("publication").get("publicationName"), filter.getPublication()));
        Expression<LicenceStatus> status = root.get("status");
        Expression<LocalDate> expiresOn = root.get("expiresOn");
        if (filter.getStatus() != null) {
            where.add(
                    switch (filter.getStatus()) {
                        case VALID -> cb.and(
                                cb.equal(status, LicenceStatus.VALID), cb.greaterThanOrEqualTo(expiresOn, today));
                        case EXPIRED -> cb.and(cb.equal(status, LicenceStatus.VALID), cb.lessThan(expiresOn, today));
                        case AMENDED, REVOKED -> cb.equal(status, filter.getStatus());
                    });
        }
        if (filter.getExpiringWithinDays() != null && filter.getExpiringWithinDays() >= 0) {
            where.add(cb.equal(status, LicenceStatus.VALID));
            where.add(cb.between(expiresOn, today, today.plusDays(filter.getExpiringWithinDays())));
        }
        return where.toArray(Predicate[]::new);
    }

    private static void add(List<Predicate> where, Predicate predicate) {
        if (predicate != null) {
            where.add(predicate);
        }
    }

    /** Case-insensitive "contains", wildcards typed by the user taken literally; {@code null} when blank. */
    private static Predicate contains(CriteriaBuilder cb, Expression<String> field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return cb.like(cb.lower(field), "%" + escaped + "%", '\\');
    }
}
