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
import vn.motcua.catalog.boundary.Deadlines;
import vn.motcua.catalog.control.calendar.DueStatus;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.dossier.control.DossierCodes;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierAgency;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.worklist.control.AllowedActions;
import vn.motcua.dossier.worklist.control.FormDisplay;
import vn.motcua.platform.paging.CriteriaPaging;
import vn.motcua.platform.paging.Page;
import vn.motcua.platform.paging.PageRequest;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.text.SearchText;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.security.NotAuthorizedException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The officer's side of reading dossiers: worklists and search, paged, sorted and filtered in the database, and one
 * dossier with what its screen shows. An officer sees a dossier only if one of the agencies that has held it is in
 * their scope (a subquery on {@code dossier_agency}); the worklists add where the dossier stands now.
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
    Deadlines deadlines;

    @Inject
    AllowedActions allowedActions;

    @Inject
    FormDisplay formDisplay;

    /** The worklists this officer's permissions open, in the order of the screen. */
    public List<Worklist> worklists() {
        return Arrays.stream(Worklist.values()).filter(this::opens).toList();
    }

    /**
     * How many dossiers wait in each list this officer may open (the search filters do not apply): one count per
     * list, the officer's agencies read once for all of them.
     */
    @Transactional
    public Map<Worklist, Long> counts() {
        var counts = new EnumMap<Worklist, Long>(Worklist.class);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        PageRequest unfiltered = PageRequest.of(0, 1);
        AgencyScope.Snapshot inScope = scope.snapshot();
        for (Worklist list : worklists()) {
            Long narrowed = countNarrowedByScopeOnly(list, unfiltered, inScope);
            if (narrowed != null) {
                counts.put(list, narrowed);
                continue;
            }
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<Dossier> d = count.from(Dossier.class);
            count.select(cb.count(d)).where(present(where(list, unfiltered, cb, count, d, inScope)));
            counts.put(list, em.createQuery(count).getSingleResult());
        }
        return counts;
    }

    /** One page of a worklist: one count, one page query and one batch query per relation shown. */
    @Transactional
    public Page<DossierRow> page(Worklist list, PageRequest request) {
        return page(list, request, null);
    }

    /**
     * One page of a worklist, as {@link #page(Worklist, PageRequest)}; {@code unfilteredTotal} is the list's size as
     * {@link #counts} gave it in the same request, used instead of counting again when no search filter applies.
     */
    @Transactional
    public Page<DossierRow> page(Worklist list, PageRequest request, Long unfilteredTotal) {
        if (!opens(list)) {
            throw new NotAuthorizedException(list.permissions().get(0));
        }
        AgencyScope.Snapshot inScope = scope.snapshot();
        Map<String, Function<Root<Dossier>, Expression<?>>> sortable = Map.of(
                "code", d -> d.get("code"),
                "applicantName", d -> d.get("applicant").get("name"),
                "procedureName", d -> d.get("procedureVersion").get("name"),
                "receivedAt", d -> d.get("receivedAt"),
                "dueAt", d -> d.get("dueAt"),
                "submittedAt", d -> d.get("submittedAt"),
                "state", d -> d.get("state"));
        // Online submissions have no due date yet: the oldest first.
        String defaultSort = list == Worklist.TO_RECEIVE ? "submittedAt" : "dueAt";
        Page<Dossier> page = CriteriaPaging.of(em, Dossier.class)
                .tuning(DossierSearch::batchFetchWhatRowsShow)
                .counting(r -> unfilteredTotal != null && unfiltered(list, r)
                        ? unfilteredTotal
                        : countNarrowedByScopeOnly(list, r, inScope))
                .keysFirst()
                .page(request, (cb, query, d) -> where(list, request, cb, query, d, inScope), sortable, defaultSort);
        LocalDateTime now = LocalDateTime.now();
        return new Page<>(page.rows().stream().map(d -> row(d, now)).toList(), page.total());
    }

    /** A dossier the officer's agencies have held, with everything its screen shows. */
    @Transactional
    public DossierDetail find(long id) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Dossier> query = cb.createQuery(Dossier.class);
        Root<Dossier> d = query.from(Dossier.class);
        query.select(d)
                .where(present(
                        Arrays.asList(cb.equal(d.get("id"), id), heldInScope(cb, query, d, false, scope.snapshot()))));
        Dossier dossier = em.createQuery(query)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("dossier.notFound"));
        // Load what the page reads while the transaction is open.
        dossier.getApplicant().getName();
        dossier.getProcedureVersion().getSteps().forEach(s -> s.getRole().getName());
        dossier.getProcedureVersion().getFormFields().size();
        dossier.getProcedureVersion().getDocuments().size();
        dossier.getCurrentAgency().getName();
        dossier.getReceivingAgency().getName();
        if (dossier.getAssignee() != null) {
            dossier.getAssignee().getFullName();
        }
        if (dossier.getCounter() != null) {
            dossier.getCounter().getName();
        }
        dossier.getDocuments().size();
        dossier.getFiles().forEach(f -> {
            if (f.getDocument() != null) {
                f.getDocument().getName();
            }
        });
        if (dossier.getResultFile() != null) {
            dossier.getResultFile().getFileName();
        }
        dossier.getFees().size();
        dossier.getPauses().size();
        dossier.getExtensions().forEach(e -> e.getOfficer().getFullName());
        List<HandOver> handOvers = em.createQuery(
                        "select h from HandOver h left join fetch h.fromOfficer left join fetch h.toOfficer"
                                + " left join fetch h.fromAgency left join fetch h.toAgency"
                                + " where h.dossier = :dossier order by h.position",
                        HandOver.class)
                .setParameter("dossier", dossier)
                .getResultList();
        Clock clock = clock(dossier, LocalDateTime.now());
        return new DossierDetail(
                dossier,
                List.copyOf(handOvers),
                formDisplay.of(dossier),
                allowedActions.of(dossier),
                clock == null ? null : clock.status().urgency(),
                clock == null ? null : clock.status().remainingWorkingDays(),
                clock == null ? null : clock.status().remainingWorkingTime().toMinutes());
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
            AgencyScope.Snapshot inScope) {
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
                    case MINE, WAITING, ALL -> heldInScope(cb, query, d, present(where).length == 0, inScope);
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
     * The size of a list that nothing but the scope narrows (ALL without a filter), counted in {@code
     * dossier_agency}'s index alone: the distinct dossiers held by an agency in my scope (each row there names an
     * existing dossier). {@code null} for any other list, or when unrestricted (then the count is of the whole
     * table, which the database knows).
     */
    private Long countNarrowedByScopeOnly(Worklist list, PageRequest request, AgencyScope.Snapshot inScope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        if (inScope.unrestricted()
                || standsInMyAgency(list)
                || present(conditions(list, request, cb, cb.createQuery().from(Dossier.class))).length > 0) {
            return null;
        }
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<DossierAgency> row = count.from(DossierAgency.class);
        count.select(cb.countDistinct(row.get("dossierId"))).where(inScope.containsId(cb, count, row.get("agencyId")));
        return em.createQuery(count).getSingleResult();
    }

    /** Whether nothing but the list narrows this request (no search filter): its size is then that of counts. */
    private boolean unfiltered(Worklist list, PageRequest request) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        PageRequest none = PageRequest.of(0, 1);
        Root<Dossier> d = cb.createQuery().from(Dossier.class);
        return present(conditions(list, request, cb, d)).length
                == present(conditions(list, none, cb, cb.createQuery().from(Dossier.class))).length;
    }

    /**
     * "One of the agencies that has held the dossier is in my scope", or {@code null} when unrestricted. The rows of
     * {@code dossier_agency} whose agency is in my scope (the set of my agencies is computed once per statement), in
     * one of two forms that say the same:
     *
     * <ul>
     *   <li>{@code alone} (nothing else narrows the list: ALL without a filter): {@code d.id in (select dossierId
     *       ...)}: the database finds the held rows through the (agency, dossier) index and reads only the dossiers
     *       in scope by their key;
     *   <li>otherwise {@code exists (select ... where dossierId = d.id ...)}, checked by the key of {@code
     *       dossier_agency} on the rows the other conditions found. The other form would not do here: H2 takes
     *       {@code id in (subquery)} for a lookup of one key and always starts from it, reading every dossier in
     *       scope to keep the few that are assigned to me or waiting.
     * </ul>
     */
    private Predicate heldInScope(
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

    /** The relations each row shows load for the whole page at once ({@code ... where id in (page ids)}). */
    private static void batchFetchWhatRowsShow(TypedQuery<Dossier> page) {
        page.setHint("eclipselink.batch.type", "IN");
        page.setHint("eclipselink.batch", "d.applicant");
        page.setHint("eclipselink.batch", "d.procedureVersion");
        page.setHint("eclipselink.batch", "d.assignee");
        page.setHint("eclipselink.batch", "d.currentAgency");
    }

    private DossierRow row(Dossier d, LocalDateTime now) {
        Clock clock = clock(d, now);
        // Before the counter has checked it, an online submission is listed under the name its applicant typed.
        boolean unchecked = d.getState() == DossierState.SUBMITTED && d.getDeclared() != null;
        return new DossierRow(
                d.getId(),
                d.getCode(),
                unchecked ? d.getDeclared().getName() : d.getApplicant().getName(),
                d.getApplicant().getIdNumber(),
                d.getProcedureVersion().getName(),
                d.getReceivedAt(),
                d.getDueAt(),
                d.getState(),
                d.getAssignee() == null ? null : d.getAssignee().getFullName(),
                d.getCurrentAgency().getName(),
                clock == null ? null : clock.status().urgency(),
                clock == null ? null : clock.status().remainingWorkingDays(),
                clock == null ? null : clock.status().remainingWorkingTime().toMinutes(),
                d.getSubmittedAt());
    }

    private record Clock(DueStatus status) {}

    /** Where the dossier stands against its due moment; frozen while paused, none once the result is ready. */
    private Clock clock(Dossier d, LocalDateTime now) {
        if (d.getDueAt() == null || d.getResultReadyAt() != null || d.getClosedAt() != null) {
            return null;
        }
        LocalDateTime at = d.getPausedAt() != null ? d.getPausedAt() : now;
        return new Clock(deadlines.dueDates().status(at, d.getDueAt()));
    }

    // --- one dossier ---

    private static Predicate[] present(List<Predicate> predicates) {
        return predicates.stream().filter(Objects::nonNull).toArray(Predicate[]::new);
    }
}
