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
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.control.DirectoryCache;
import vn.motcua.directory.control.TreePaths;
import vn.motcua.directory.entity.Agency;
import vn.motcua.dossier.control.WorklistCounts;
import vn.motcua.platform.audit.boundary.AuditTrail;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Reorganisation: an agency moved under another parent, with everything under it. The preview says what moves with
 * it (the agencies of its subtree, its in-flight dossiers, officers and counters) and who sees them afterwards (the
 * officers of the new parent's line instead of the old one's); confirming rewrites the subtree's paths in one
 * statement. Codes, hand-overs and memberships are not touched. Who, when and what moved is kept in
 * {@code reorganisation} (kind MOVE) and in the audit trail. Refused, with nothing changed, when the agency would no
 * longer perform a procedure an in-flight dossier of its subtree is decided under ("every agency of kind X under Y").
 * Needs {@code directory:agency:edit} and {@value AgencyScope#ALL}, as a merge does.
 */
@ApplicationScoped
@RequiresPermissions("directory:agency:edit")
public class AgencyMoves {

    /** What moving the agency under the parent would move. */
    public record Preview(
            long agencyId,
            String agencyName,
            long parentId,
            String parentName,
            String formerParentName,
            List<String> agencies,
            long dossiers,
            List<String> dossierCodes,
            List<String> officers,
            List<String> counters)
            implements Serializable {}

    /** A move done. */
    public record Done(long id, long dossiers) implements Serializable {}

    private static final int SHOWN = 50;
    private static final String OPEN = " and d.state not in ('RETURNED', 'WITHDRAWN', 'NOT_ACCEPTED')";
    private static final String SUBTREE = "(select s.id from agency s where s.path like ?)";

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

    /** What moving the agency under the parent would move; refused as the move itself would be. */
    @Transactional
    public Preview preview(long agencyId, long parentId) {
        Agency agency = em.find(Agency.class, agencyId);
        Agency parent = checked(agency, parentId);
        String subtree = agency.getPath() + "%";
        String inFlight = "from dossier d where (d.current_agency_id in " + SUBTREE + " or d.deciding_agency_id in "
                + SUBTREE + " or d.receiving_agency_id in " + SUBTREE + ")" + OPEN;
        return new Preview(
                agency.getId(),
                agency.getName(),
                parent.getId(),
                parent.getName(),
                agency.getParent() == null ? "—" : agency.getParent().getName(),
                strings("select a.name from agency a where a.path like ? order by a.path", 0, subtree),
                ((Number) query("select count(*) " + inFlight, subtree, subtree, subtree)
                                .getSingleResult())
                        .longValue(),
                strings("select d.code " + inFlight + " order by d.code", SHOWN, subtree, subtree, subtree),
                strings(
                        "select distinct o.full_name from officer o join officer_agency oa on oa.officer_id = o.id"
                                + " where oa.agency_id in " + SUBTREE + " order by o.full_name",
                        0,
                        subtree),
                strings(
                        "select c.name from service_counter c where c.agency_id in " + SUBTREE + " order by c.name",
                        0,
                        subtree));
    }

    /** Moves the agency, with its subtree, under the parent in one transaction. */
    @Transactional
    public Done move(long agencyId, long parentId, String note) {
        Preview preview = preview(agencyId, parentId);
        Agency agency = em.find(Agency.class, agencyId);
        Agency parent = em.find(Agency.class, parentId);
        String formerParent =
                agency.getParent() == null ? "" : agency.getParent().getCode();
        TreePaths.move(em, "Agency", agency, parent);
        agency.setParent(parent);
        directory.changed();
        em.flush();
        LocalDateTime now = LocalDateTime.now();
        String by = currentUser.require().username();
        long id = ((Number) em.createNativeQuery("select next value for reorganisation_seq")
                        .getSingleResult())
                .longValue();
        var insert = em.createNativeQuery("INSERT INTO reorganisation (id, kind, target_id, sources, performed_at,"
                + " performed_by, dossiers, officers, counters, mappings, plugin_switches, note)"
                + " VALUES (?, 'MOVE', ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)");
        List<Object> values = List.of(
                id,
                parentId,
                String.valueOf(agencyId),
                now,
                by,
                preview.dossiers(),
                preview.officers().size(),
                preview.counters().size(),
                note == null || note.isBlank() ? "" : note.strip());
        for (int i = 0; i < values.size(); i++) {
            insert.setParameter(i + 1, values.get(i));
        }
        insert.executeUpdate();
        worklistCounts.bumpInTransaction(); // dossiers and scopes moved: every server counts its lists again
        // the subtree's paths were rewritten by one bulk statement: nothing cached may keep an old path
        em.getEntityManagerFactory().getCache().evictAll();
        audit.record(
                "dossier.agency.move",
                "agency " + agency.getCode(),
                "parent " + formerParent,
                "parent " + parent.getCode() + " (reorganisation " + id + "): "
                        + preview.agencies().size()
                        + " agencies, " + preview.dossiers() + " dossiers in flight, "
                        + preview.officers().size()
                        + " officers, " + preview.counters().size() + " counters");
        return new Done(id, preview.dossiers());
    }

    private Agency checked(Agency agency, long parentId) {
        if (!scope.unrestricted()) {
            throw new DomainException("dossier.reorg.provinceAdminOnly");
        }
        if (agency == null || !agency.isActive()) {
            throw new DomainException("dossier.reorg.move.agencyRequired");
        }
        Agency parent = em.find(Agency.class, parentId);
        if (parent == null || !parent.isActive()) {
            throw new DomainException("dossier.reorg.move.parentRequired");
        }
        if (parent.getPath().startsWith(agency.getPath())) {
            throw new DomainException("dossier.reorg.targetUnderSource", parent.getName(), agency.getName());
        }
        if (agency.getParent() != null && agency.getParent().getId().equals(parent.getId())) {
            throw new DomainException("dossier.reorg.move.sameParent", agency.getName(), parent.getName());
        }
        // an in-flight dossier decided in the subtree under "every agency of kind X under Y" must stay under Y
        String oldPath = agency.getPath();
        String newPath = parent.getPath() + agency.getId() + "/";
        var orphaned = new java.util.TreeSet<String>();
        for (Object row : query(
                        "select distinct v.name, r.path, a.path from dossier d"
                                + " join procedure_version v on v.id = d.procedure_version_id"
                                + " join agency r on r.id = v.performer_root_id"
                                + " join agency a on a.id = d.deciding_agency_id"
                                + " where a.path like ? and v.performers = 'KIND'" + OPEN,
                        oldPath + "%")
                .getResultList()) {
            Object[] values = (Object[]) row;
            String root = moved((String) values[1], oldPath, newPath);
            String decided = moved((String) values[2], oldPath, newPath);
            if (!decided.startsWith(root)) {
                orphaned.add((String) values[0]);
            }
        }
        if (!orphaned.isEmpty()) {
            throw new DomainException("dossier.reorg.move.noPerformer", agency.getName(), String.join("; ", orphaned));
        }
        return parent;
    }

    /** A path as it will be once the subtree at {@code oldPath} sits at {@code newPath}. */
    static String moved(String path, String oldPath, String newPath) {
        return path.startsWith(oldPath) ? newPath + path.substring(oldPath.length()) : path;
    }

    private jakarta.persistence.Query query(String sql, Object... values) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query;
    }

    private List<String> strings(String sql, int max, Object... values) {
        var query = query(sql, values);
        if (max > 0) {
            query.setMaxResults(max);
        }
        return new ArrayList<>(
                query.getResultList().stream().map(String::valueOf).toList());
    }
}
