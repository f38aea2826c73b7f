package vn.motcua.reporting.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import vn.motcua.reporting.control.counting.Figure;
import vn.motcua.reporting.control.counting.Period;

/**
 * Freezes a closed month: the figures of every dossier that counts in it, copied from the facts into {@code
 * report_month_row}, so a report already sent up never changes when a dossier is corrected later, and their sums per
 * agency, procedure and sector into {@code report_month_total} (what status tables and dashboards read; the
 * per-dossier rows serve the drill-downs). Once per month:
 * the {@code report_month} row is inserted first, in the same transaction; a month already there is left alone, and
 * a second server freezing the same month at the same moment fails on its primary key and writes nothing.
 */
@Stateless
public class MonthSnapshots {

    @PersistenceContext
    EntityManager em;

    /** {@code yyyymm}, the key of a month in the report tables. */
    public static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth month(int key) {
        return YearMonth.of(key / 100, key % 100);
    }

    public boolean frozen(YearMonth month) {
        return !em.createNativeQuery("select period_month from report_month where period_month = ?1")
                .setParameter(1, key(month))
                .getResultList()
                .isEmpty();
    }

    /** The frozen months among {@code from..to}, as keys. */
    @SuppressWarnings("unchecked")
    public List<Integer> frozenBetween(YearMonth from, YearMonth to) {
        List<Number> keys = em.createNativeQuery(
                        "select period_month from report_month where period_month between ?1 and ?2 order by 1")
                .setParameter(1, key(from))
                .setParameter(2, key(to))
                .getResultList();
        return keys.stream().map(Number::intValue).toList();
    }

    /**
     * Freezes the month, which must have ended before {@code now}; returns false (and writes nothing) when it was
     * frozen already.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean freeze(YearMonth month, LocalDateTime now) {
        Period period = Period.month(month);
        if (period.end().isAfter(now)) {
            throw new IllegalArgumentException("month not closed yet: " + month);
        }
        if (frozen(month)) {
            return false;
        }
        int key = key(month);
        new SqlStatement()
                .add("insert into report_month (period_month, frozen_at, dossiers) values (?, ?, 0)", key, now)
                .execute(em);
        em.flush();
        StringBuilder columns = new StringBuilder();
        for (Figure figure : Figure.values()) {
            columns.append(", ").append(figure.column());
        }
        int rows = new SqlStatement()
                .add(
                        "insert into report_month_row (period_month, dossier_id, agency_id, procedure_id, sector_id"
                                + columns + ") select ?, f.dossier_id, f.agency_id, f.procedure_id, f.sector_id, ",
                        key)
                .figures(ReportSql.flags() + " from report_dossier f where " + ReportSql.BASE, period, now)
                .execute(em);
        StringBuilder sums = new StringBuilder();
        for (Figure figure : Figure.values()) {
            sums.append(", sum(").append(figure.column()).append(')');
        }
        new SqlStatement()
                .add(
                        "insert into report_month_total (period_month, agency_id, procedure_id, sector_id" + columns
                                + ") select period_month, agency_id, procedure_id, sector_id" + sums
                                + " from report_month_row where period_month = ?"
                                + " group by period_month, agency_id, procedure_id, sector_id",
                        key)
                .execute(em);
        new SqlStatement()
                .add("update report_month set dossiers = ? where period_month = ?", rows, key)
                .execute(em);
        return true;
    }
}
