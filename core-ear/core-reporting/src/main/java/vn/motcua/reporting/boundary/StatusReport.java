package vn.motcua.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.reporting.control.DrillRow;
import vn.motcua.reporting.control.FigureSources;
import vn.motcua.reporting.control.Grouping;
import vn.motcua.reporting.control.SqlStatement;
import vn.motcua.reporting.control.StatusRow;
import vn.motcua.reporting.control.counting.AgencyRollUp;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.reporting.control.counting.Tally;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The status table (tình hình, kết quả giải quyết TTHC) of a period and an agency subtree, by agency, sector or
 * procedure, and the dossiers behind each figure. An agency outside the officer's scope is refused before anything
 * is read ({@code reporting.agency.outOfScope}).
 */
@ApplicationScoped
@RequiresPermissions("report:view")
@Transactional(Transactional.TxType.SUPPORTS)
public class StatusReport {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    FigureSources sources;

    /** The agencies the officer may report on, in tree order (active or not: old agencies stay in reports). */
    public List<Agency> agencies() {
        List<Agency> all = em.createQuery("select a from Agency a order by a.path", Agency.class)
                .getResultList();
        if (scope.unrestricted()) {
            return all;
        }
        List<String> mine = scope.memberPaths();
        return all.stream()
                .filter(a -> mine.stream().anyMatch(a.getPath()::startsWith))
                .toList();
    }

    /** The agency, if the officer may report on it; refused otherwise. */
    public Agency agency(Long agencyId) {
        Agency agency = agencyId == null ? null : em.find(Agency.class, agencyId);
        if (agency == null || !scope.covers(agency)) {
            throw new DomainException("reporting.agency.outOfScope");
        }
        return agency;
    }

    /** The rows of the table, the total last. */
    public List<StatusRow> table(Period period, Long agencyId, Grouping grouping) {
        return table(period, agencyId, grouping, LocalDateTime.now());
    }

    /** The rows of the table seen at {@code now}, the total last. */
    public List<StatusRow> table(Period period, Long agencyId, Grouping grouping, LocalDateTime now) {
        Agency root = agency(agencyId);
        return rows(root, grouping, sources.figures(period, root.getPath(), grouping, now));
    }

    /**
     * The tables of the period by every grouping (each with its total last), seen at {@code now}: from one reading
     * of the figures per agency, sector and procedure, summed up here; each says what {@link #table} says.
     */
    public Map<Grouping, List<StatusRow>> tables(Period period, Long agencyId, LocalDateTime now) {
        Agency root = agency(agencyId);
        Map<FigureSources.Cell, Tally> cells = sources.cells(period, root.getPath(), now);
        Map<Grouping, List<StatusRow>> tables = new EnumMap<>(Grouping.class);
        for (Grouping grouping : Grouping.values()) {
            Map<Long, Tally> own = new HashMap<>();
            cells.forEach((cell, tally) -> own.computeIfAbsent(
                            switch (grouping) {
                                case AGENCY -> cell.agencyId();
                                case SECTOR -> cell.sectorId();
                                case PROCEDURE -> cell.procedureId();
                            },
                            k -> new Tally())
                    .add(tally));
            tables.put(grouping, rows(root, grouping, own));
        }
        return tables;
    }

    private List<StatusRow> rows(Agency root, Grouping grouping, Map<Long, Tally> own) {
        Tally total = new Tally();
        own.values().forEach(total::add);
        List<StatusRow> rows = new ArrayList<>(
                switch (grouping) {
                    case AGENCY -> agencyRows(root, own);
                    case SECTOR -> namedRows("select s.id, s.name from sector s", own);
                    case PROCEDURE -> namedRows("select p.id, p.name from admin_procedure p", own);
                });
        rows.add(new StatusRow(null, null, 0, total));
        return rows;
    }

    private List<StatusRow> agencyRows(Agency root, Map<Long, Tally> own) {
        List<Agency> subtree = em.createQuery(
                        "select a from Agency a where a.path like :p order by a.path", Agency.class)
                .setParameter("p", root.getPath() + "%")
                .getResultList();
        Map<Long, Long> parents = new HashMap<>();
        subtree.forEach(a -> parents.put(
                a.getId(), a.getParent() == null ? null : a.getParent().getId()));
        parents.put(root.getId(), null);
        Map<Long, Tally> rolled = AgencyRollUp.rollUp(own, parents);
        int rootDepth = root.getDepth();
        List<StatusRow> rows = new ArrayList<>();
        for (Agency a : subtree) {
            Tally t = rolled.get(a.getId());
            if (t != null && !t.isEmpty() || a.getId().equals(root.getId())) {
                rows.add(new StatusRow(a.getId(), a.getName(), a.getDepth() - rootDepth, t == null ? new Tally() : t));
            }
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private List<StatusRow> namedRows(String namesSql, Map<Long, Tally> own) {
        if (own.isEmpty()) {
            return List.of();
        }
        Map<Long, String> names = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(namesSql).getResultList()) {
            names.put(((Number) r[0]).longValue(), (String) r[1]);
        }
        return own.entrySet().stream()
                .map(e -> new StatusRow(e.getKey(), names.get(e.getKey()), 0, e.getValue()))
                .sorted(Comparator.comparing(StatusRow::label, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * The dossiers behind one figure of a row: the agency's subtree for an agency row, the sector or procedure
     * within the chosen agency's subtree otherwise; {@code key == null}: the total row.
     */
    public Drill drill(Figure figure, Period period, Long agencyId, Grouping grouping, Long key) {
        return drill(figure, period, agencyId, grouping, key, LocalDateTime.now());
    }

    /** The dossiers behind one figure of a row, seen at {@code now}. */
    public Drill drill(Figure figure, Period period, Long agencyId, Grouping grouping, Long key, LocalDateTime now) {
        return drill(figure, period, agencyId, grouping, key, now, -1);
    }

    /**
     * The same, when the figure is known already ({@code count}, from the status table read at the same {@code
     * now}; -1: not known): the list is not counted again.
     */
    public Drill drill(
            Figure figure, Period period, Long agencyId, Grouping grouping, Long key, LocalDateTime now, long count) {
        Agency root = agency(agencyId);
        String path = root.getPath();
        Long rowKey = key;
        if (grouping == Grouping.AGENCY && key != null) {
            path = agency(key).getPath();
            rowKey = null;
        }
        return new Drill(sources, sources.dossiersOf(figure, period, path, grouping, rowKey, now), count);
    }

    /** The dossiers behind a figure: counted (unless known) and read a page at a time, in the database. */
    public static final class Drill {
        private final FigureSources sources;
        private final SqlStatement dossiers;
        private long count;

        public Drill(FigureSources sources, SqlStatement dossiers) {
            this(sources, dossiers, -1);
        }

        Drill(FigureSources sources, SqlStatement dossiers, long count) {
            this.sources = sources;
            this.dossiers = dossiers;
            this.count = count;
        }

        /** How many: the figure when known, else counted once. */
        public long count() {
            if (count < 0) {
                count = sources.count(dossiers);
            }
            return count;
        }

        public List<DrillRow> page(int first, int size) {
            return sources.page(dossiers, first, size);
        }
    }
}
