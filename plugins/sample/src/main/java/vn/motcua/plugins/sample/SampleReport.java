package vn.motcua.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.spi.report.ReportColumn;
import vn.motcua.spi.report.ReportColumn.ColumnType;
import vn.motcua.spi.report.ReportParameters;
import vn.motcua.spi.report.ReportProvider;
import vn.motcua.spi.report.ReportTable;

/** The sample plugin's report: applications and machines per printing house, aggregated in the database. */
@ApplicationScoped
public class SampleReport implements ReportProvider {

    @PersistenceContext
    EntityManager em;

    @Override
    public String id() {
        return "printing-houses";
    }

    @Override
    public String titleKey() {
        return "sample.report.title";
    }

    @Override
    public String permission() {
        return "dossier:view";
    }

    @Override
    public List<ReportColumn> columns() {
        return List.of(
                new ReportColumn("sample.printingHouse", ColumnType.TEXT),
                new ReportColumn("sample.report.applications", ColumnType.INTEGER),
                new ReportColumn("sample.machines", ColumnType.INTEGER));
    }

    @Override
    public ReportTable run(ReportParameters parameters) {
        List<Object[]> rows = em.createQuery(
                        "select a.printingHouse, count(a), sum(a.machines) from SampleApplication a"
                                + " where a.agencyId in :agencies and a.receivedOn between :from and :to"
                                + " group by a.printingHouse order by a.printingHouse",
                        Object[].class)
                .setParameter("agencies", parameters.agencyIds())
                .setParameter("from", parameters.from())
                .setParameter("to", parameters.to())
                .getResultList();
        var table = new ArrayList<List<Object>>();
        long applications = 0;
        long machines = 0;
        for (Object[] row : rows) {
            table.add(List.of(row[0], row[1], row[2]));
            applications += ((Number) row[1]).longValue();
            machines += ((Number) row[2]).longValue();
        }
        return new ReportTable(table, List.of("", applications, machines));
    }
}
