package vn.motcua.plugins.vehicle.registry.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;
import vn.motcua.plugins.vehicle.badge.control.Plates;

/**
 * Builds the registry's JPQL from a search: always limited to the agencies in the officer's scope, every typed value
 * bound as a parameter (never spliced into the query), LIKE wildcards in typed text escaped, sorting only on
 * whitelisted fields with the id last so that pages are stable.
 */
public final class RegistryQuery {

    /** The two registers. */
    public enum Register {
        LICENCES(
                "VehicleRegistrationIssuedLicence",
                Set.of("licenceNumber", "licenceClass", "holderName", "issuedOn", "expiresOn")),
        BADGES(
                "VehicleRegistrationIssuedBadge",
                Set.of("badgeNumber", "plate", "badgeKind", "holderName", "issuedOn", "expiresOn"));

        private final String entity;
        private final Set<String> sortable;

        Register(String entity, Set<String> sortable) {
            this.entity = entity;
            this.sortable = sortable;
        }
    }

    private final Register register;
    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private RegistryQuery(Register register, Set<Long> agencyIds) {
        this.register = register;
        where.add("r.agencyId in :scope");
        parameters.put("scope", agencyIds);
    }

    public static RegistryQuery of(Register register, Set<Long> agencyIds, RegistrySearch search) {
        var q = new RegistryQuery(register, agencyIds);
        String number = RegistrySearch.text(search.getNumber());
        String holder = RegistrySearch.text(search.getHolder());
        String category = RegistrySearch.text(search.getCategory());
        if (register == Register.LICENCES) {
            if (number != null) {
                String digits = number.replaceAll("\\s", "");
                q.add(
                        "(r.licenceNumber like :number escape '\\' or r.previousNumber like :number escape '\\')",
                        "number",
                        like(digits) + "%");
            }
            if (category != null) {
                q.add("r.licenceClass = :category", "category", category);
            }
        } else {
            if (number != null) {
                q.add("r.badgeNumber like :number escape '\\'", "number", "%" + like(number) + "%");
            }
            String plate = Plates.strip(search.getPlate());
            if (!plate.isEmpty()) {
                q.add("r.plate like :plate escape '\\'", "plate", "%" + like(plate) + "%");
            }
            if (category != null) {
                q.add("r.badgeKind = :category", "category", kind(category));
            }
        }
        if (holder != null) {
            q.add(
                    "(lower(r.holderName) like :holder escape '\\' or r.holderIdNumber = :holderId)",
                    "holder",
                    "%" + like(holder.toLowerCase(Locale.ROOT)) + "%");
            q.parameters.put("holderId", holder);
        }
        if (search.getIssuedFrom() != null) {
            q.add("r.issuedOn >= :from", "from", search.getIssuedFrom());
        }
        if (search.getIssuedTo() != null) {
            q.add("r.issuedOn <= :to", "to", search.getIssuedTo());
        }
        return q;
    }

    public String countJpql() {
        return "select count(r) from " + register.entity + " r where " + String.join(" and ", where);
    }

    /** The page query; an unknown sort field falls back to the newest first. */
    public String selectJpql(String sortField, boolean ascending) {
        String order = sortField != null && register.sortable.contains(sortField)
                ? "r." + sortField + (ascending ? " asc" : " desc")
                : "r.issuedOn desc";
        return "select r from " + register.entity + " r where " + String.join(" and ", where) + " order by " + order
                + ", r.id desc";
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The bound values by name (a value may be {@code null}, which matches nothing). */
    public Map<String, Object> parameters() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public <T> TypedQuery<T> select(EntityManager em, Class<T> type, String sortField, boolean ascending) {
        return bind(em.createQuery(selectJpql(sortField, ascending), type));
    }

    public long count(EntityManager em) {
        return bind(em.createQuery(countJpql(), Long.class)).getSingleResult();
    }

    private void add(String condition, String name, Object value) {
        where.add(condition);
        parameters.put(name, value);
    }

    /** A badge kind by name; an unknown name matches nothing (the column never holds null). */
    private static BadgeKind kind(String name) {
        for (BadgeKind kind : BadgeKind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /** Escapes LIKE wildcards in typed text (escape character {@code \}). */
    static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
