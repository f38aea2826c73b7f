package vn.motcua.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import java.util.List;
import vn.motcua.directory.entity.Agency;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.security.NotAuthorizedException;

/**
 * Where the current officer may look and act: their member agencies and everything under them, or everything for
 * holders of {@value #ALL}. Applied inside queries (a predicate over an agency's path), so lists are scoped in the
 * database, and checked on single rows before any change. The officer's own agencies are read once and kept
 * ({@link DirectoryCache}), not read again by every request.
 */
@ApplicationScoped
public class AgencyScope {

    /** The permission that lifts the scope (provincial admins). */
    public static final String ALL = "scope:all";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    DirectoryCache directory;

    public boolean unrestricted() {
        return currentUser.permitted(ALL);
    }

    /**
     * A predicate "the agency at {@code agencyPath} is in my scope", or {@code null} when the scope is unrestricted:
     * {@code path like '/1/10/%' or ...}, one prefix per agency I belong to, read first (one small query). A prefix
     * known before the statement is written keeps the comparison sargable (an index range on the path) and keeps
     * functions out of the statement: a {@code concat(path, '%')} in it made EclipseLink write the whole statement
     * with its values inline on H2, a boolean filter as {@code ACTIVE = 1}, which H2 refuses (the officers list's
     * filter of issue 14). An officer who belongs to no agency gets an always-false predicate.
     */
    public Predicate contains(CriteriaBuilder cb, AbstractQuery<?> query, Expression<String> agencyPath) {
        if (unrestricted()) {
            return null;
        }
        return under(cb, agencyPath, ownPaths());
    }

    /**
     * A predicate "the agency whose id is {@code agencyId} is in my scope", or {@code null} when unrestricted: for
     * rows that hold an agency id (a foreign key, or the agencies that have held a dossier). {@code agencyId in
     * (select id from agency where path like '/1/10/%' or ...)}: the subquery does not depend on the row, so the
     * database computes the few ids once per statement and may look rows up by them through an index.
     */
    public Predicate containsId(CriteriaBuilder cb, AbstractQuery<?> query, Expression<Long> agencyId) {
        return snapshot().containsId(cb, query, agencyId);
    }

    /**
     * The current officer's scope read once (one query, none when unrestricted), for the several predicates of one
     * request: a worklist page and the counts of every list each needed the officer's agencies again per predicate.
     */
    public Snapshot snapshot() {
        return unrestricted() ? Snapshot.UNRESTRICTED : new Snapshot(ownPaths());
    }

    /** The scope as read by {@link #snapshot}: the paths of my agencies, {@code null} when unrestricted. */
    public record Snapshot(List<String> paths) {
        static final Snapshot UNRESTRICTED = new Snapshot(null);

        public boolean unrestricted() {
            return paths == null;
        }

        /** As {@link AgencyScope#contains}. */
        public Predicate contains(CriteriaBuilder cb, Expression<String> agencyPath) {
            return unrestricted() ? null : under(cb, agencyPath, paths);
        }

        /** As {@link AgencyScope#containsId}. */
        public Predicate containsId(CriteriaBuilder cb, AbstractQuery<?> query, Expression<Long> agencyId) {
            if (unrestricted()) {
                return null;
            }
            Subquery<Long> inScope = query.subquery(Long.class);
            Root<Agency> agency = inScope.from(Agency.class);
            inScope.select(agency.get("id")).where(under(cb, agency.get("path"), paths));
            return agencyId.in(inScope);
        }
    }

    /** "The path is one of these prefixes or under one": false for no prefix. Paths are made of ids and slashes. */
    static Predicate under(CriteriaBuilder cb, Expression<String> path, List<String> prefixes) {
        if (prefixes.isEmpty()) {
            return cb.disjunction();
        }
        return cb.or(
                prefixes.stream().map(prefix -> cb.like(path, prefix + "%")).toArray(Predicate[]::new));
    }

    /**
     * Paths of every agency the current officer belongs to, as the scope predicates read them: kept on this server
     * while the officer's rights stamp and the agencies' tree stay put ({@link DirectoryCache}).
     */
    private List<String> ownPaths() {
        return directory.paths(currentUser.require().id());
    }

    /** Paths of the current officer's member agencies (empty when unrestricted). */
    public List<String> memberPaths() {
        if (unrestricted()) {
            return List.of();
        }
        return directory.activePaths(currentUser.require().id());
    }

    public boolean covers(Agency agency) {
        return agency != null && (unrestricted() || memberPaths().stream().anyMatch(agency.getPath()::startsWith));
    }

    /**
     * Whether any of these agencies (e.g. those that have held a dossier) is in my scope: one query, whatever their
     * number.
     */
    public boolean coversAny(Collection<Long> agencyIds) {
        if (unrestricted()) {
            return true;
        }
        if (agencyIds.isEmpty()) {
            return false;
        }
        // whether my agency is active is read, not compared: EclipseLink sends that boolean as 1 here, which H2 refuses
        return em.createQuery(
                        "select mine.active from Agency a, Officer o join o.agencies mine where o.id = :me"
                                + " and a.id in :ids and a.path like concat(mine.path, '%')",
                        Boolean.class)
                .setParameter("me", currentUser.require().id())
                .setParameter("ids", agencyIds)
                .getResultStream()
                .anyMatch(Boolean.TRUE::equals);
    }

    /** Refuses to go on unless the agency is in scope. */
    public void check(Agency agency) {
        if (!covers(agency)) {
            throw new NotAuthorizedException(ALL);
        }
    }
}
