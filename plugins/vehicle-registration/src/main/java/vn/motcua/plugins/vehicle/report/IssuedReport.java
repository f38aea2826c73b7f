package vn.motcua.plugins.vehicle.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;
import vn.motcua.plugins.vehicle.report.IssuedTable.BadgeCount;
import vn.motcua.plugins.vehicle.report.IssuedTable.LicenceCount;
import vn.motcua.spi.report.ReportColumn;
import vn.motcua.spi.report.ReportColumn.ColumnType;
import vn.motcua.spi.report.ReportParameters;
import vn.motcua.spi.report.ReportProvider;
import vn.motcua.spi.report.ReportTable;

/**
 * "Giấy phép lái xe và phù hiệu đã cấp": licences per class (exchanged, re-issued) and badges per kind issued in the
 * period by the agencies in the officer's scope. Two grouped counts in the database; the core shows and exports it.
 */
@ApplicationScoped
public class IssuedReport implements ReportProvider {

    private static final String KEY = VehicleRegistrationPlugin.ID + ".report.issued.";

    @PersistenceContext
    EntityManager em;

    @Override
    public String id() {
        return "issued-by-class";
    }

    @Override
    public String titleKey() {
        return KEY + "title";
    }

    @Override
    public String permission() {
        return VehicleRegistrationPlugin.REPORT_VIEW;
    }

    @Override
    public List<ReportColumn> columns() {
        return List.of(
                new ReportColumn(KEY + "document", ColumnType.TEXT),
                new ReportColumn(KEY + "category", ColumnType.TEXT),
                new ReportColumn(KEY + "exchanged", ColumnType.INTEGER),
                new ReportColumn(KEY + "reissued", ColumnType.INTEGER),
                new ReportColumn(KEY + "badges", ColumnType.INTEGER),
                new ReportColumn(KEY + "total", ColumnType.INTEGER));
    }

    @Override
    @Transactional
    public ReportTable run(ReportParameters parameters) {
        List<LicenceCount> licences = em.createQuery(
                        "select l.licenceClass, l.procedureCode, count(l) from VehicleRegistrationIssuedLicence l"
                                + " where l.agencyId in :agencies and l.issuedOn >= :from and l.issuedOn <= :to"
                                + " group by l.licenceClass, l.procedureCode",
                        Object[].class)
                .setParameter("agencies", parameters.agencyIds())
                .setParameter("from", parameters.from())
                .setParameter("to", parameters.to())
                .getResultStream()
                .map(r -> new LicenceCount((String) r[0], (String) r[1], ((Number) r[2]).longValue()))
                .toList();
        List<BadgeCount> badges = em.createQuery(
                        "select b.badgeKind, count(b) from VehicleRegistrationIssuedBadge b"
                                + " where b.agencyId in :agencies and b.issuedOn >= :from and b.issuedOn <= :to"
                                + " group by b.badgeKind",
                        Object[].class)
                .setParameter("agencies", parameters.agencyIds())
                .setParameter("from", parameters.from())
                .setParameter("to", parameters.to())
                .getResultStream()
                .map(r -> new BadgeCount((BadgeKind) r[0], ((Number) r[1]).longValue()))
                .toList();
        return IssuedTable.of(licences, badges);
    }
}
