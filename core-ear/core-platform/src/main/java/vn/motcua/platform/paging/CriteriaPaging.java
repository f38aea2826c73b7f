package vn.motcua.platform.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.motcua.platform.text.SearchText;

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
    private Function<PageRequest, Long> knownCount = request -> null;
    private boolean keysFirst;
    private Function<Root<T>, Expression<?>> fixedColumn;

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
     * Counts with a query of the caller's where it knows a cheaper one that gives the same number (e.g. read from an
     * index alone); where it answers {@code null}, the count runs over the same where-clause as the page.
     */
    public CriteriaPaging<T> counting(Function<PageRequest, Long> knownCount) {
        this.knownCount = knownCount;
        return this;
    }

    /**
     * Reads a page in two steps: the ids of the page (filtered, sorted, offset and limit applied), then the rows with
     * those ids. The database then sorts narrow rows (the id and the sort key) instead of whole ones, which counts for
     * a list of tens of thousands of rows whose order no index gives (a large sort of whole rows may even go to disk
     * in H2). One query more per page.
     */
    public CriteriaPaging<T> keysFirst() {
        this.keysFirst = true;
        return this;
    }

    /**
     * Names a column that the where-clause of this page fixes to one value ({@code column = ?}), to be put first in
     * the order: the order of the rows stays the same, and a database that picks an index starting with that column
     * (then the sort key, then the id) can read the page in the index's order and stop after it, instead of sorting
     * every row of that value (H2 uses an index for the order only when its columns are those of the order by).
     * {@code null} (the default) for none.
     */
    public CriteriaPaging<T> fixedFirst(Function<Root<T>, Expression<?>> fixedColumn) {
        this.fixedColumn = fixedColumn;
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

        Long known = knownCount.apply(request);
        long total;
        if (known != null) {
            total = known;
        } else {
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<T> countRoot = count.from(type);
            count.select(cb.count(countRoot)).where(present(where.predicates(cb, count, countRoot)));
            total = em.createQuery(count).getSingleResult();
        }
        if (total == 0) {
            return new Page<>(List.of(), 0);
        }

        if (keysFirst) {
            CriteriaQuery<Object> keys = cb.createQuery();
            Root<T> keyRoot = keys.from(type);
            keys.select(keyRoot.get("id"))
                    .where(present(where.predicates(cb, keys, keyRoot)))
                    .orderBy(orders(request, sortable, defaultSort, cb, keyRoot));
            List<Object> ids = em.createQuery(keys)
                    .setFirstResult(request.first())
                    .setMaxResults(request.size())
                    .getResultList();
            if (ids.isEmpty()) {
                return new Page<>(List.of(), total);
            }
            CriteriaQuery<T> select = cb.createQuery(type);
            Root<T> root = select.from(type);
            select.select(root).where(root.get("id").in(ids));
            TypedQuery<T> page = em.createQuery(select);
            pageQueryTuning.accept(page);
            PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
            Map<Object, T> byId = new HashMap<>();
            page.getResultList().forEach(row -> byId.put(util.getIdentifier(row), row));
            return new Page<>(
                    ids.stream().map(byId::get).filter(Objects::nonNull).toList(), total);
        }

        CriteriaQuery<T> select = cb.createQuery(type);
        Root<T> root = select.from(type);
        select.select(root)
                .where(present(where.predicates(cb, select, root)))
                .orderBy(orders(request, sortable, defaultSort, cb, root));
        TypedQuery<T> page =
                em.createQuery(select).setFirstResult(request.first()).setMaxResults(request.size());
        pageQueryTuning.accept(page);
        List<T> rows = page.getResultList();
        return new Page<>(rows, total);
    }

    /** The requested sort (or the default one), then the id so that pages are stable. */
    private List<Order> orders(
            PageRequest request,
            Map<String, Function<Root<T>, Expression<?>>> sortable,
            String defaultSort,
            CriteriaBuilder cb,
            Root<T> root) {
        var orders = new ArrayList<Order>();
        if (fixedColumn != null) {
            orders.add(cb.asc(fixedColumn.apply(root)));
        }
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
        return orders;
    }

    private static Predicate[] present(List<Predicate> predicates) {
        return predicates.stream().filter(Objects::nonNull).toArray(Predicate[]::new);
    }

    /**
     * A case-insensitive "contains" predicate for a text filter, or {@code null} when the filter is blank. Without an
     * {@code ESCAPE} clause, so that every value of the statement stays a bound parameter (see
     * {@link SearchText#containsPattern}). For names people type, prefer a folded search column ({@link SearchText}).
     */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return cb.like(cb.lower(field), SearchText.containsPattern(text.trim().toLowerCase()));
    }
}
