package ${package}.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ${package}.${classPrefix}Plugin;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.report.ReportColumn;
import vn.motcua.spi.report.ReportColumn.ColumnType;
import vn.motcua.spi.report.ReportParameters;
import vn.motcua.spi.report.ReportProvider;
import vn.motcua.spi.report.ReportTable;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Dossiers received and results issued per month of the period, for the agencies in the officer's scope; months
 * without any show with zeros, and a total. Counted in the database, grouped by the {@code yyyyMM} columns each row
 * carries (no date functions: they differ between H2 and SQL Server). The core renders it and exports it to Excel.
 */
@ApplicationScoped
public class ${classPrefix}Report implements ReportProvider {

    @PersistenceContext
    EntityManager em;

    @Override
    public String id() {
        return "by-month";
    }

    @Override
    public String titleKey() {
        return ${classPrefix}Plugin.ID + ".report.title";
    }

    @Override
    public String permission() {
        return ${classPrefix}Plugin.REPORT_VIEW;
    }

    @Override
    public List<ReportColumn> columns() {
        return List.of(
                new ReportColumn(${classPrefix}Plugin.ID + ".report.month", ColumnType.TEXT),
                new ReportColumn(${classPrefix}Plugin.ID + ".report.received", ColumnType.INTEGER),
                new ReportColumn(${classPrefix}Plugin.ID + ".report.issued", ColumnType.INTEGER));
    }

    @Override
    @Transactional
    @RequiresPermissions(${classPrefix}Plugin.REPORT_VIEW)
    public ReportTable run(ReportParameters parameters) {
        int from = ${classPrefix}Application.period(parameters.from());
        int to = ${classPrefix}Application.period(parameters.to());
        Map<Integer, Long> received = counts("receivedPeriod", parameters, from, to);
        Map<Integer, Long> issued = counts("issuePeriod", parameters, from, to);
        var rows = new ArrayList<List<Object>>();
        long totalReceived = 0;
        long totalIssued = 0;
        for (YearMonth month = YearMonth.from(parameters.from());
                !month.isAfter(YearMonth.from(parameters.to()));
                month = month.plusMonths(1)) {
            int period = month.getYear() * 100 + month.getMonthValue();
            long r = received.getOrDefault(period, 0L);
            long i = issued.getOrDefault(period, 0L);
            totalReceived += r;
            totalIssued += i;
            rows.add(List.of(String.format("%02d/%d", month.getMonthValue(), month.getYear()), r, i));
        }
        return new ReportTable(rows, List.of("", totalReceived, totalIssued));
    }

    private Map<Integer, Long> counts(String periodField, ReportParameters parameters, int from, int to) {
        var counts = new HashMap<Integer, Long>();
        em.createQuery(
                        "select a." + periodField + ", count(a) from ${classPrefix}Application a"
                                + " where a.agencyId in :agencies and a." + periodField + " between :from and :to"
                                + " group by a." + periodField,
                        Object[].class)
                .setParameter("agencies", parameters.agencyIds())
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .forEach(row -> counts.put((Integer) row[0], (Long) row[1]));
        return counts;
    }
}
