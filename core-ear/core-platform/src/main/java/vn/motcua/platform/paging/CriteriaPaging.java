package vn.motcua.platform.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a paged, sorted, filtered list in the database: one count and one page query, never all rows. The caller
 * names which fields may be sorted on and supplies its predicates (filters and, always, the agency scope).
 *
 * @param <T> the entity listed
 */
public final class CriteriaPaging<T> {

    /** Builds the where-clause for one query root; called twice (count and page) with fresh roots. */
    @FunctionalInterface
    public interface Where<T> {
        List<Predicate> predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<T> root);
    }

    private final EntityManager em;
    private final Class<T> type;
    private Consumer<TypedQuery<T>> pageQueryTuning = query -> {};

    private CriteriaPaging(EntityManager em, Class<T> type) {
        this.em = em;
        this.type = type;
    }

    public static <T> CriteriaPaging<T> of(EntityManager em, Class<T> type) {
        return new CriteriaPaging<>(em, type);
    }

    /**
     * Adjusts the page query (not the count) before it runs, e.g. with batch-fetch hints so that the relations shown
     * in each row load in one more query per relation instead of one per row. A fetch join would break the paging.
     */
    public CriteriaPaging<T> tuning(Consumer<TypedQuery<T>> pageQueryTuning) {
        this.pageQueryTuning = pageQueryTuning;
        return this;
    }

    /**
     * @param sortable sortable field names mapped to their expression; the id is always added last so that pages
     *     are stable
     * @param defaultSort the key in {@code sortable} used when the request names none (or one not allowed)
     */
    public Page<T> page(
            PageRequest request,
            Where<T> where,
            Map<String, Function<Root<T>, Expression<?>>> sortable,
            String defaultSort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(present(where.predicates(cb, count, countRoot)));
        long total = em.createQuery(count).getSingleResult();
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root).where(present(where.predicates(cb, select, root)));
        var orders = new ArrayList<jakarta.persistence.criteria.Order>();
        Function<Root<T>, Expression<?>> sort = request.sortField() == null ? null : sortable.get(request.sortField());
        boolean requested = sort != null;
        if (!requested) {
            sort = sortable.get(defaultSort);
        }
        if (sort != null) {
            Expression<?> by = sort.apply(root);
            orders.add(request.ascending() || !requested ? cb.asc(by) : cb.desc(by));
        }
        orders.add(cb.asc(root.get("id")));
        select.orderBy(orders);
        TypedQuery<T> page =
                em.createQuery(select).setFirstResult(request.first()).setMaxResults(request.size());
        pageQueryTuning.accept(page);
        List<T> rows = page.getResultList();
        return new Page<>(rows, total);
    }

    private static Predicate[] present(List<Predicate> predicates) {
        return predicates.stream().filter(java.util.Objects::nonNull).toArray(Predicate[]::new);
    }

    /** A case-insensitive "contains" predicate for a text filter, or {@code null} when the filter is blank. */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim()
                .toLowerCase()
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return cb.like(cb.lower(field), "%" + escaped + "%", '\\');
    }
}
