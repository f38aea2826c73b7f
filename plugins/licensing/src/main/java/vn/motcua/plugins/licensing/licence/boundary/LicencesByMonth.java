package vn.motcua.plugins.licensing.licence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.spi.report.ReportColumn;
import vn.motcua.spi.report.ReportColumn.ColumnType;
import vn.motcua.spi.report.ReportParameters;
import vn.motcua.spi.report.ReportProvider;
import vn.motcua.spi.report.ReportTable;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Licences issued, amended and revoked per month of the period, for the agencies in the officer's scope: one row per
 * month (months without any also show, with zeros) and a total. Counted in the database, grouped by the {@code yyyyMM}
 * column each row carries (no date functions, which differ between H2 and SQL Server). "Issued" counts new licences,
 * "amended" the licences amendments issued, "revoked" the revocation decisions.
 */
@ApplicationScoped
public class LicencesByMonth implements ReportProvider {

    @PersistenceContext
    EntityManager em;

    @Override
    public String id() {
        return "licences-by-month";
    }

    @Override
    public String titleKey() {
        return "licensing.report.title";
    }

    @Override
    public String permission() {
        return LicensingPlugin.REPORT_VIEW;
    }

    @Override
    public List<ReportColumn> columns() {
        return List.of(
                new ReportColumn("licensing.report.month", ColumnType.TEXT),
                new ReportColumn("licensing.report.issued", ColumnType.INTEGER),
                new ReportColumn("licensing.report.amended", ColumnType.INTEGER),
                new ReportColumn("licensing.report.revoked", ColumnType.INTEGER));
    }

    @Override
    @Transactional
    @RequiresPermissions(LicensingPlugin.REPORT_VIEW)
    public ReportTable run(ReportParameters parameters) {
        LocalDate from = parameters.from();
        LocalDate to = parameters.to();
        Map<Integer, Long> issued = counts(
                "select l.issuePeriod, count(l) from LicensingLicence l where l.agencyId in :agencies"
                        + " and l.issuedOn between :from and :to and l.amendsLicenceId is null group by l.issuePeriod",
                parameters);
        Map<Integer, Long> amended = counts(
                "select l.issuePeriod, count(l) from LicensingLicence l where l.agencyId in :agencies"
                        + " and l.issuedOn between :from and :to and l.amendsLicenceId is not null"
                        + " group by l.issuePeriod",
                parameters);
        Map<Integer, Long> revoked = counts(
                "select r.decidedPeriod, count(r) from LicensingRevocation r where r.agencyId in :agencies"
                        + " and r.decidedOn between :from and :to group by r.decidedPeriod",
                parameters);
        var rows = new ArrayList<List<Object>>();
        long[] totals = new long[3];
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            int period = month.getYear() * 100 + month.getMonthValue();
            long[] figures = {
                issued.getOrDefault(period, 0L), amended.getOrDefault(period, 0L), revoked.getOrDefault(period, 0L)
            };
            for (int i = 0; i < 3; i++) {
                totals[i] += figures[i];
            }
            rows.add(List.of(monthText(month), figures[0], figures[1], figures[2]));
        }
        return new ReportTable(rows, List.of("", totals[0], totals[1], totals[2]));
    }

    /** {@code 11/2026}, as months are written in Vietnamese reports. */
    static String monthText(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    private Map<Integer, Long> counts(String jpql, ReportParameters parameters) {
        var counts = new HashMap<Integer, Long>();
        em.createQuery(jpql, Object[].class)
                .setParameter("agencies", parameters.agencyIds())
                .setParameter("from", parameters.from())
                .setParameter("to", parameters.to())
                .getResultList()
                .forEach(row -> counts.put((Integer) row[0], (Long) row[1]));
        return counts;
    }
}
