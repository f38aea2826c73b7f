package vn.motcua.dossier.worklist.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.dossier.control.DossierCodes;
import vn.motcua.dossier.control.WorklistCounts;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierAgency;
import vn.motcua.platform.paging.CriteriaPaging;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.text.SearchText;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.security.NotAuthorizedException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The officer's worklists and search, paged, sorted and filtered in the database (one dossier with what its screen
 * shows: {@link DossierReader}). An officer sees a dossier only if one of the agencies that has held it is in their
 * scope (a subquery on {@code dossier_agency}); the worklists add where the dossier stands now.
 *
 * <p>Filters of {@link #page}: {@code code}, {@code applicant} (name), {@code idNumber}, {@code procedure} (name),
 * {@code receivedFrom} / {@code receivedTo} ({@link LocalDate}, inclusive), {@code state} ({@link DossierState} or
 * its name).
 */
@ApplicationScoped
@RequiresPermissions("dossier:view")
public class DossierSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    DossierReader reader;

    @Inject
    WorklistCounts kept;

    /** The worklists this officer's permissions open, in the order of the screen. */
    public List<Worklist> worklists() {
        return Arrays.stream(Worklist.values()).filter(this::opens).toList();
    }

    /**
     * The largest size a list is counted to. Above it the screens say "more than {@value}": counting a list of a
     * million dossiers read (and, for the scope, deduplicated) every one of them in the portal's heap on each request,
     * to print one figure. Counting up to the cap reads at most that many rows whatever the list's size.
     */
    public static final int COUNT_CAP = 1000;

    /**
     * Rows of {@code dossier_agency} read at most to count the dossiers a scope holds up to {@link #COUNT_CAP}: a
     * dossier held by several agencies of the scope has a row for each, so more rows than dossiers are read.
     */
    private static final int HELD_ROWS_READ = 8 * (COUNT_CAP + 1);

    /**
     * How many dossiers wait in each list this officer may open (the search filters do not apply), each counted up to
     * {@link #COUNT_CAP} + 1 (more means "more than the cap"); the officer's agencies read once for all of them. The
     * counts are kept between changes of any dossier ({@link WorklistCounts}).
     */
    @Transactional
    public Map<Worklist, Long> counts() {
        var counts = new EnumMap<Worklist, Long>(Worklist.class);
        PageRequest unfiltered = PageRequest.of(0, 1);
        AgencyScope.Snapshot inScope = scope.snapshot();
        for (Worklist list : worklists()) {
            counts.put(list, unfilteredCount(list, unfiltered, inScope));
        }
        return counts;
    }

    /** The size of a list without a search filter, kept between changes of any dossier. */
    private long unfilteredCount(Worklist list, PageRequest unfiltered, AgencyScope.Snapshot inScope) {
        Long officer = list == Worklist.MINE ? currentUser.require().id() : null;
        return kept.get(
                new WorklistCounts.Key(list.name(), inScope.paths(), officer),
                () -> countUpToCap(list, unfiltered, inScope));
    }

    /**
     * How many dossiers a list holds with the filters of this request, counted up to {@link #COUNT_CAP} + 1 (one
     * statement that reads at most that many rows; {@code COUNT_CAP + 1} means "more than the cap").
     */
    @Transactional
    public long count(Worklist list, PageRequest request) {
        if (!opens(list)) {
            throw new NotAuthorizedException(list.permissions().get(0));
        }
        AgencyScope.Snapshot inScope = scope.snapshot();
        return request.filters().isEmpty()
                ? unfilteredCount(list, request, inScope)
                : countUpToCap(list, request, inScope);
    }

    /** One page of a worklist: one count, one page query and one batch query per relation shown. */
    @Transactional
    public Page<DossierRow> page(Worklist list, PageRequest request) {
        return page(list, request, null);
    }

    /**
     * One page of a worklist, as {@link #page(Worklist, PageRequest)}; {@code knownTotal} is what {@link #count} gave
     * for the same list and filters in the same request (the lazy table counts, then loads), used instead of counting
     * again. The total of the page is counted up to {@link #COUNT_CAP} + 1, as {@link #count}.
     *
     * <p>The page's ids are read in the order asked for. For a list that nothing but the scope narrows (ALL without
     * a filter), the form of the scope follows the list's size: up to the cap, the dossiers held in scope are found
     * through {@code dossier_agency}'s (agency, dossier) index and sorted (at most the cap's rows); above it, the
     * dossiers are walked in the order of the (due date, id) index and each is checked by the key of {@code
     * dossier_agency} until the page is full: about a page of rows when most dossiers are in scope, instead of
     * reading and sorting every dossier of the scope.
     */
    @Transactional
    public Page<DossierRow> page(Worklist list, PageRequest request, Long knownTotal) {
        if (!opens(list)) {
            throw new NotAuthorizedException(list.permissions().get(0));
        }
        AgencyScope.Snapshot inScope = scope.snapshot();
        long total = knownTotal != null
                ? knownTotal
                : request.filters().isEmpty()
                        ? unfilteredCount(list, request, inScope)
                        : countUpToCap(list, request, inScope);
        boolean fewInScope = total <= COUNT_CAP;
        // Up to the cap, the rows are found by the conditions' indexes and sorted (at most the cap's rows): the sort
        // key is then wrapped so that H2 does not walk the (due date, id) index in its order instead, which reads the
        // whole table when the few rows a search finds come last in that order (a code "contains" search: 997,969
        // index entries for a page). Past the cap, the rows found are dense enough to walk that index and stop.
        CriteriaBuilder builder = em.getCriteriaBuilder();
        Function<Expression<?>, Expression<?>> key = fewInScope ? e -> unindexed(builder, e) : e -> e;
        Map<String, Function<Root<Dossier>, Expression<?>>> sortable = Map.of(
                "code", d -> d.get("code"),
                "applicantName", d -> d.get("applicant").get("name"),
                "procedureName", d -> d.get("procedureVersion").get("name"),
                "receivedAt", d -> key.apply(d.get("receivedAt")),
                "dueAt", d -> key.apply(d.get("dueAt")),
                "submittedAt", d -> key.apply(d.get("submittedAt")),
                "state", d -> d.get("state"));
        // Online submissions have no due date yet: the oldest first.
        String defaultSort = list == Worklist.TO_RECEIVE ? "submittedAt" : "dueAt";
        Page<Dossier> page = CriteriaPaging.of(em, Dossier.class)
                .tuning(DossierSearch::batchFetchWhatRowsShow)
                .counting(r -> total)
                .keysFirst()
                .fixedFirst(oneState(list, request) ? d -> d.get("state") : null)
                .page(
                        request,
                        (cb, query, d) -> where(
                                list, request, cb, query, d, inScope, fewInScope || !inDueOrder(request, defaultSort)),
                        sortable,
                        defaultSort);
        LocalDateTime now = LocalDateTime.now();
        return new Page<>(page.rows().stream().map(d -> reader.row(d, now)).toList(), page.total());
    }

    // --- worklists ---

    private boolean opens(Worklist list) {
        return list.permissions().stream().anyMatch(currentUser::permitted);
    }

    private List<Predicate> where(
            Worklist list,
            PageRequest request,
            CriteriaBuilder cb,
            AbstractQuery<?> query,
            Root<Dossier> d,
            AgencyScope.Snapshot inScope,
            boolean scopeFirst) {
        List<Predicate> where = conditions(list, request, cb, d);
        // The scope last: checked on the rows the conditions let through. The receiving and the current agency are
        // always among the agencies that have held the dossier (Dossier keeps them in agencyIds), so "it waits at an
        // agency in my scope" says "held in my scope" too. The current agency is found through the index on state and
        // agency; the receiving one is checked per row of the state (correlated), as "receiving agency in (...)"
        // would let H2 start from every dossier my agencies ever received.
        where.add(
                switch (list) {
                    case TO_RECEIVE -> inScope.contains(
                            cb, d.get("receivingAgency").get("path"));
                    case TO_ASSIGN, TO_APPROVE, TO_RETURN -> inScope.containsId(
                            cb, query, d.get("currentAgency").get("id"));
                    case MINE, WAITING, ALL -> heldInScope(
                            cb, query, d, scopeFirst && present(where).length == 0, inScope);
                });
        return where;
    }

    /** The lists of what waits at my agency now (the others: what my agencies have held, or what I hold). */
    private static boolean standsInMyAgency(Worklist list) {
        return list == Worklist.TO_RECEIVE
                || list == Worklist.TO_ASSIGN
                || list == Worklist.TO_APPROVE
                || list == Worklist.TO_RETURN;
    }

    /** What the list and the search ask for, without the scope; {@code null} entries for the filters not used. */
    private List<Predicate> conditions(Worklist list, PageRequest request, CriteriaBuilder cb, Root<Dossier> d) {
        var where = new ArrayList<Predicate>();
        if (!list.states().isEmpty()) {
            where.add(d.get("state").in(list.states()));
        }
        switch (list) {
            case TO_ASSIGN -> where.add(cb.isNull(d.get("assignee")));
            case MINE -> where.add(
                    cb.equal(d.get("assignee").get("id"), currentUser.require().id()));
            case TO_RECEIVE, TO_APPROVE, TO_RETURN, WAITING, ALL -> {
                // the states (and the scope) are enough
            }
        }
        String code = request.text("code");
        // A whole code typed (or scanned): that dossier, through the unique index; part of one: "contains".
        where.add(
                DossierCodes.isWholeCode(code)
                        ? cb.equal(d.get("code"), DossierCodes.normalized(code))
                        : CriteriaPaging.contains(cb, d.get("code"), code));
        // Names typed with or without diacritics: the folded search columns (SearchText), indexed, no function per row.
        if (request.text("applicant") != null) {
            where.add(SearchText.contains(cb, d.get("applicant").get("searchText"), request.text("applicant")));
        }
        String idNumber = request.text("idNumber");
        if (idNumber != null) {
            where.add(CriteriaPaging.contains(
                    cb, d.get("applicant").get("idNumber"), idNumber.replaceAll("[\\s.-]", "")));
        }
        if (request.text("procedure") != null) {
            where.add(SearchText.contains(
                    cb, d.get("procedureVersion").get("procedure").get("searchText"), request.text("procedure")));
        }
        if (request.value("receivedFrom") instanceof LocalDate from) {
            where.add(cb.greaterThanOrEqualTo(d.get("receivedAt"), from.atStartOfDay()));
        }
        if (request.value("receivedTo") instanceof LocalDate to) {
            where.add(cb.lessThan(d.get("receivedAt"), to.plusDays(1).atStartOfDay()));
        }
        Object state = request.value("state");
        if (state != null && !state.toString().isBlank()) {
            where.add(cb.equal(d.get("state"), DossierState.valueOf(state.toString())));
        }
        return where;
    }

    /**
     * The size of a list with the filters of a request, up to {@link #COUNT_CAP} + 1: the ids of the list without an
     * order, at most that many, so the database stops there. A list that nothing but the scope narrows (ALL without a
     * filter) is counted in {@code dossier_agency}'s index alone: the distinct dossiers among the first rows held by an
     * agency in my scope (each row there names an existing dossier).
     */
    private long countUpToCap(Worklist list, PageRequest request, AgencyScope.Snapshot inScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        boolean scopeOnly = !inScope.unrestricted()
                && !standsInMyAgency(list)
                && present(conditions(list, request, cb, cb.createQuery().from(Dossier.class))).length == 0;
        if (scopeOnly) {
            CriteriaQuery<Long> held = cb.createQuery(Long.class);
            Root<DossierAgency> row = held.from(DossierAgency.class);
            held.select(row.get("dossierId")).where(inScope.containsId(cb, held, row.get("agencyId")));
            List<Long> rows = em.createQuery(held).setMaxResults(HELD_ROWS_READ).getResultList();
            long dossiers = rows.stream().distinct().count();
            if (dossiers > COUNT_CAP || rows.size() < HELD_ROWS_READ) {
                return Math.min(dossiers, COUNT_CAP + 1);
            }
            // Hardly possible: fewer dossiers than the cap on that many rows. Counted exactly then.
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<DossierAgency> all = count.from(DossierAgency.class);
            count.select(cb.countDistinct(all.get("dossierId")))
                    .where(inScope.containsId(cb, count, all.get("agencyId")));
            return Math.min(em.createQuery(count).getSingleResult(), COUNT_CAP + 1);
        }
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Dossier> d = ids.from(Dossier.class);
        ids.select(d.get("id")).where(present(where(list, request, cb, ids, d, inScope, false)));
        return em.createQuery(ids).setMaxResults(COUNT_CAP + 1).getResultList().size();
    }

    /**
     * "One of the agencies that has held the dossier is in my scope", or {@code null} when unrestricted. The rows of
     * {@code dossier_agency} whose agency is in my scope (the set of my agencies is computed once per statement), in
     * one of two forms that say the same:
     *
     * <ul>
     *   <li>{@code alone} (nothing else narrows the list, ALL without a filter, and either the scope holds at most
     *       {@link #COUNT_CAP} dossiers or the page is not in due-date order): {@code d.id in (select dossierId ...)}:
     *       the database finds the held rows through the (agency, dossier) index and reads only the dossiers in scope
     *       by their key, then sorts them;
     *   <li>otherwise {@code exists (select ... where dossierId = d.id ...)}, checked by the key of {@code
     *       dossier_agency} on the rows the other conditions found, or, when nothing else narrows the list, on the
     *       dossiers walked in the order of the page (the (due date, id) index) until the page is full. The other
     *       form would not do here: H2 takes {@code id in (subquery)} for a lookup of one key and always starts from
     *       it, reading every dossier in scope (2.46 million rows of {@code dossier_agency} for the busiest
     *       department at a million dossiers) to sort them all or to keep the few that are assigned to me.
     * </ul>
     */
    static Predicate heldInScope(
            CriteriaBuilder cb, AbstractQuery<?> query, Root<Dossier> d, boolean alone, AgencyScope.Snapshot scoped) {
        if (scoped.unrestricted()) {
            return null;
        }
        Subquery<Long> held = query.subquery(Long.class);
        Root<DossierAgency> row = held.from(DossierAgency.class);
        held.select(row.get("dossierId"));
        Predicate inScope = scoped.containsId(cb, held, row.get("agencyId"));
        if (alone) {
            held.where(inScope);
            return d.get("id").in(held);
        }
        held.where(cb.equal(row.get("dossierId"), d.get("id")), inScope);
        return cb.exists(held);
    }

    /**
     * Whether the page is asked in due-date order, ascending: the order of {@code ix_dossier_due}, which H2 reads
     * forwards only. In any other order a list that nothing but the scope narrows is sorted whole whatever the form of
     * the scope, and finding its dossiers through {@code dossier_agency} (514,435 rows) costs less than checking the
     * scope of every dossier of the table.
     */
    private static boolean inDueOrder(PageRequest request, String defaultSort) {
        String sort = request.sortField() == null ? defaultSort : request.sortField();
        return "dueAt".equals(sort) && (request.sortField() == null || request.ascending());
    }

    /** The same value, as an expression no index gives the order of ({@code coalesce(e, e)}). */
    @SuppressWarnings("unchecked")
    private static Expression<?> unindexed(CriteriaBuilder cb, Expression<?> sortKey) {
        Expression<Object> e = (Expression<Object>) sortKey;
        return cb.coalesce(e, e);
    }

    /**
     * Whether the list or the search fixes the state to one value: the page is then ordered by the state first (the
     * same order), so that H2 reads it in the order of the (state, due date, id) index and stops after the page: the
     * search "every dossier in state RETURNED" read and sorted some 900,000 rows of that state at a million dossiers.
     */
    private static boolean oneState(Worklist list, PageRequest request) {
        Object state = request.value("state");
        return list.states().size() == 1 || (state != null && !state.toString().isBlank());
    }

    /** The relations each row shows load for the whole page at once ({@code ... where id in (page ids)}). */
    private static void batchFetchWhatRowsShow(TypedQuery<Dossier> page) {
        page.setHint("eclipselink.batch.type", "IN");
        page.setHint("eclipselink.batch", "d.applicant");
        page.setHint("eclipselink.batch", "d.procedureVersion");
        page.setHint("eclipselink.batch", "d.assignee");
        page.setHint("eclipselink.batch", "d.currentAgency");
    }

    static Predicate[] present(List<Predicate> predicates) {
        return predicates.stream().filter(Objects::nonNull).toArray(Predicate[]::new);
    }
}
