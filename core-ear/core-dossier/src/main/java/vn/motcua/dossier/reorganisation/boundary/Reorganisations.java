package vn.motcua.dossier.reorganisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.control.DirectoryCache;
import vn.motcua.directory.entity.Agency;
import vn.motcua.dossier.control.WorklistCounts;
import vn.motcua.dossier.reorganisation.control.MergeStatements;
import vn.motcua.platform.audit.boundary.AuditTrail;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Reorganisation: agencies A, B, … merged into C. The preview says what will move (in-flight dossiers, officers,
 * counters, procedure mappings, plugin switches); confirming moves all of it in one transaction with a fixed number of
 * set-based statements ({@link MergeStatements}), whatever the number of dossiers. Codes and hand-overs are not
 * touched (history intact, the public lookup answers as before); the sources stay, inactive, "succeeded by C"; the
 * divisions under them move under C. Who, when and what moved is kept in {@code reorganisation}
 * and in the audit trail. Refused, with
 * nothing changed, when C would not perform a procedure an in-flight dossier of a source is decided under. Needs
 * {@code directory:agency:edit} and {@value AgencyScope#ALL} (a merge crosses agencies).
 */
@ApplicationScoped
@RequiresPermissions("directory:agency:edit")
public class Reorganisations {

    /** What a merge would move. */
    public record Preview(
            List<Long> sourceIds,
            long targetId,
            String targetName,
            long dossiers,
            List<String> dossierCodes,
            List<String> officers,
            List<String> counters,
            long mappings,
            List<String> pluginSwitches,
            List<String> children)
            implements Serializable {}

    /** A merge done. */
    public record Done(long id, long dossiers, long millis) implements Serializable {}

    private static final int SHOWN = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorklistCounts worklistCounts;

    @Inject
    DirectoryCache directory;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    /** What merging the sources into the target would move; refused as the merge itself would be. */
    @Transactional
    public Preview preview(List<Long> sourceIds, long targetId) {
        Agency target = checked(sourceIds, targetId);
        String open = " and d.state not in ('RETURNED', 'WITHDRAWN', 'NOT_ACCEPTED')";
        String inFlight = "from dossier d where (d.current_agency_id in (:S) or d.deciding_agency_id in (:S)"
                + " or d.receiving_agency_id in (:S))" + open;
        long dossiers = count("select count(*) " + inFlight, sourceIds, targetId);
        List<String> codes = strings("select d.code " + inFlight + " order by d.code", sourceIds, targetId, SHOWN);
        List<String> officers = strings(
                "select distinct o.full_name from officer o join officer_agency oa on oa.officer_id = o.id"
                        + " where oa.agency_id in (:S) order by o.full_name",
                sourceIds,
                targetId,
                0);
        List<String> counters = strings(
                "select c.name from service_counter c where c.agency_id in (:S) order by c.name",
                sourceIds,
                targetId,
                0);
        long mappings = count("select count(*) from procedure_performer where agency_id in (:S)", sourceIds, targetId)
                + count("select count(*) from performer_step where agency_id in (:S)", sourceIds, targetId)
                + count("select count(*) from procedure_version where deciding_agency_id in (:S)", sourceIds, targetId)
                + count("select count(*) from counter_receives_for where agency_id in (:S)", sourceIds, targetId)
                + count("select count(*) from process_step where agency_id in (:S)", sourceIds, targetId);
        List<String> plugins = strings(
                "select distinct plugin_id from plugin_agency where agency_id in (:S) order by plugin_id",
                sourceIds,
                targetId,
                0);
        List<String> children = strings(
                "select a.name from agency a where a.parent_id in (:S) order by a.name", sourceIds, targetId, 0);
        return new Preview(
                List.copyOf(sourceIds),
                targetId,
                target.getName(),
                dossiers,
                codes,
                officers,
                counters,
                mappings,
                plugins,
                children);
    }

    /** Merges the sources into the target in one transaction; returns how many in-flight dossiers moved. */
    @Transactional
    public Done merge(List<Long> sourceIds, long targetId, String note) {
        long started = System.nanoTime();
        Agency target = checked(sourceIds, targetId);
        Preview preview = preview(sourceIds, targetId);
        LocalDateTime now = LocalDateTime.now();
        String by = currentUser.require().username();
        for (String statement : MergeStatements.MOVE) {
            run(MergeStatements.bind(statement, sourceIds, targetId, now, by));
        }
        moveChildren(sourceIds, target);
        worklistCounts.bumpInTransaction(); // dossiers and scopes moved: every server counts its lists again
        directory.changed();
        long id = ((Number) em.createNativeQuery("select next value for reorganisation_seq")
                        .getSingleResult())
                .longValue();
        run(new MergeStatements.Bound(
                "INSERT INTO reorganisation (id, kind, target_id, sources, performed_at, performed_by, dossiers,"
                        + " officers, counters, mappings, plugin_switches, note) VALUES (?, 'MERGE', ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?)",
                List.of(
                        id,
                        targetId,
                        sourceIds.stream().map(String::valueOf).collect(Collectors.joining(",")),
                        now,
                        by,
                        preview.dossiers(),
                        preview.officers().size(),
                        preview.counters().size(),
                        preview.mappings(),
                        preview.pluginSwitches().size(),
                        note == null || note.isBlank() ? "" : note.strip())));
        em.getEntityManagerFactory().getCache().evictAll();
        em.clear();
        // After the clear: a row persisted before it would be detached and never written.
        audit.record(
                "dossier.agency.merge",
                "agency " + target.getCode(),
                "agencies " + sourceIds.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "reorganisation " + id + ": " + preview.dossiers() + " dossiers, "
                        + preview.officers().size()
                        + " officers, " + preview.counters().size() + " counters, " + preview.mappings()
                        + " mappings, " + preview.pluginSwitches().size() + " plugin switches moved");
        return new Done(id, preview.dossiers(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The divisions under each source move under the target, with their whole subtree (paths rewritten at once). */
    private void moveChildren(List<Long> sourceIds, Agency target) {
        for (Long sourceId : sourceIds) { // one pair of statements per source agency, never per dossier
            String sourcePath = (String) em.createNativeQuery("select path from agency where id = ?")
                    .setParameter(1, sourceId)
                    .getSingleResult();
            run(new MergeStatements.Bound(
                    "UPDATE agency SET path = CONCAT(?, SUBSTRING(path, ?, 400)), version = version + 1"
                            + " WHERE path LIKE ? AND id <> ?",
                    List.of(target.getPath(), sourcePath.length() + 1, sourcePath + "%", sourceId)));
            run(new MergeStatements.Bound(
                    "UPDATE agency SET parent_id = ? WHERE parent_id = ?", List.of(target.getId(), sourceId)));
        }
    }

    private Agency checked(List<Long> sourceIds, long targetId) {
        if (!scope.unrestricted()) {
            throw new DomainException("dossier.reorg.provinceAdminOnly");
        }
        if (sourceIds == null || sourceIds.isEmpty()) {
            throw new DomainException("dossier.reorg.sourcesRequired");
        }
        Agency target = em.find(Agency.class, targetId);
        if (target == null || !target.isActive()) {
            throw new DomainException("dossier.reorg.targetInactive");
        }
        if (sourceIds.contains(targetId)) {
            throw new DomainException("dossier.reorg.targetIsSource");
        }
        for (Long id : sourceIds) {
            Agency source = em.find(Agency.class, id);
            if (source == null || !source.isActive()) {
                throw new DomainException("dossier.reorg.sourceInactive");
            }
            if (target.getPath().startsWith(source.getPath())) {
                throw new DomainException("dossier.reorg.targetUnderSource", target.getName(), source.getName());
            }
        }
        List<String> orphaned = strings(
                "select distinct v.name from dossier d join procedure_version v on v.id = d.procedure_version_id"
                        + " left join agency r on r.id = v.performer_root_id"
                        + " where d.deciding_agency_id in (:S) and d.state not in ('RETURNED', 'WITHDRAWN',"
                        + " 'NOT_ACCEPTED') and v.performers = 'KIND' and (v.performer_kind_id <> ?"
                        + " or CAST(? AS VARCHAR(400)) NOT LIKE CONCAT(r.path, '%'))",
                sourceIds,
                targetId,
                5,
                target.getKind() == null ? -1L : target.getKind().getId(),
                target.getPath());
        if (!orphaned.isEmpty()) {
            throw new DomainException("dossier.reorg.noPerformer", target.getName(), String.join("; ", orphaned));
        }
        return target;
    }

    private void run(MergeStatements.Bound bound) {
        var query = em.createNativeQuery(bound.sql());
        for (int i = 0; i < bound.values().size(); i++) {
            query.setParameter(i + 1, bound.values().get(i));
        }
        query.executeUpdate();
    }

    private long count(String sql, List<Long> sourceIds, long targetId) {
        var bound = MergeStatements.bind(sql, sourceIds, targetId, null, null);
        var query = em.createNativeQuery(bound.sql());
        for (int i = 0; i < bound.values().size(); i++) {
            query.setParameter(i + 1, bound.values().get(i));
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private List<String> strings(String sql, List<Long> sourceIds, long targetId, int max, Object... more) {
        var bound = MergeStatements.bind(sql, sourceIds, targetId, null, null);
        var values = new ArrayList<>(bound.values());
        values.addAll(List.of(more));
        var query = em.createNativeQuery(bound.sql());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        if (max > 0) {
            query.setMaxResults(max);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(String::valueOf).toList();
    }
}
