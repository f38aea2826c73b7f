package vn.motcua.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Counter;
import vn.motcua.reporting.control.RegisterRow;
import vn.motcua.reporting.control.SqlStatement;
import vn.motcua.reporting.control.counting.Period;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The register book (sổ theo dõi hồ sơ, form 06) of a receiving agency, or of one of its counters, for a period: one
 * line per dossier received, in the order received, read a page at a time (keyset on the reception moment and id,
 * so page 1,000 costs what page 1 does).
 */
@ApplicationScoped
@RequiresPermissions("report:view")
@Transactional(Transactional.TxType.SUPPORTS)
public class RegisterBook {

    @PersistenceContext
    EntityManager em;

    @Inject
    StatusReport status;

    /** The counters of the agency (its book may be read per counter). */
    public List<Counter> counters(Long agencyId) {
        Agency agency = status.agency(agencyId);
        return em.createQuery("select c from Counter c where c.agency = :a order by c.name", Counter.class)
                .setParameter("a", agency)
                .getResultList();
    }

    /** The book of the agency (and counter, if given) for the period: its lines after {@code after}, up to size. */
    public List<RegisterRow> lines(Long agencyId, Long counterId, Period period, Cursor after, int size) {
        return lines(agencyId, counterId, period, after, 0, size);
    }

    /** How many lines the book has for the period. */
    public long count(Long agencyId, Long counterId, Period period) {
        SqlStatement sql = new SqlStatement()
                .add("select count(*) from dossier d where ")
                .append(where(status.agency(agencyId), counterId, period));
        return ((Number) sql.query(em).getSingleResult()).longValue();
    }

    private SqlStatement where(Agency agency, Long counterId, Period period) {
        SqlStatement sql = new SqlStatement()
                .add(
                        "d.receiving_agency_id = ? and d.received_at >= ? and d.received_at < ?",
                        agency.getId(),
                        period.start(),
                        period.end());
        if (counterId != null) {
            Counter counter = em.find(Counter.class, counterId);
            if (counter == null || !counter.getAgency().getId().equals(agency.getId())) {
                throw new DomainException("reporting.register.counter");
            }
            sql.add(" and d.counter_id = ?", counterId);
        }
        return sql;
    }

    /** The same, skipping {@code offset} lines (screens). */
    @SuppressWarnings("unchecked")
    public List<RegisterRow> lines(Long agencyId, Long counterId, Period period, Cursor after, int offset, int size) {
        Agency agency = status.agency(agencyId);
        SqlStatement sql = new SqlStatement()
                .add("select d.id, d.register_year, d.register_number, d.code, p.name, ap.name, ap.address, ap.phone,"
                        + " cur.name, d.received_at, d.due_at,"
                        + " (select min(h.handed_at) from hand_over h where h.dossier_id = d.id"
                        + " and h.action = 'TRANSFER'), d.result_ready_at, d.returned_at, d.state"
                        + " from dossier d join admin_procedure p on p.id = d.procedure_id"
                        + " join applicant ap on ap.id = d.applicant_id"
                        + " join agency cur on cur.id = d.current_agency_id where ")
                .append(where(agency, counterId, period));
        if (after != null) {
            // the first condition alone bounds the index range (receiving_agency_id, received_at): without it each
            // page of an export read the index from the period's start again (the OR is no range for H2)
            sql.add(
                    " and d.received_at >= ? and (d.received_at > ? or d.id > ?)",
                    after.receivedAt(),
                    after.receivedAt(),
                    after.id());
        }
        // the agency is fixed, so this is reception order; named so, it is the order of ix_dossier_register (V47)
        // and H2 reads the page from the index and stops, instead of reading, joining and sorting the rest of the book
        sql.add(
                " order by d.receiving_agency_id, d.received_at, d.id offset ? rows fetch next ? rows only",
                offset,
                size);
        return ((List<Object[]>) sql.query(em).getResultList())
                .stream()
                        .map(r -> new RegisterRow(
                                ((Number) r[0]).longValue(),
                                r[1] == null ? null : ((Number) r[1]).intValue(),
                                r[2] == null ? null : ((Number) r[2]).intValue(),
                                (String) r[3],
                                (String) r[4],
                                (String) r[5],
                                (String) r[6],
                                (String) r[7],
                                (String) r[8],
                                time(r[9]),
                                time(r[10]),
                                time(r[11]),
                                time(r[12]),
                                time(r[13]),
                                (String) r[14]))
                        .toList();
    }

    /** Where a page ended: the next page starts after this line. */
    public record Cursor(LocalDateTime receivedAt, long id) {
        public static Cursor after(RegisterRow row) {
            return new Cursor(row.receivedAt(), row.dossierId());
        }
    }

    private static LocalDateTime time(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
