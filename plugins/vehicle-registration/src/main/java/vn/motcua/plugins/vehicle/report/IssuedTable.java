package vn.motcua.plugins.vehicle.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;
import vn.motcua.plugins.vehicle.licence.control.LicenceClass;
import vn.motcua.spi.report.ReportTable;

/**
 * Lays the database's counts out as the report's table: one row per licence class (in the law's order) and per
 * badge kind that has at least one document in the period, counts split by procedure, and a totals row. Pure: the
 * counts come grouped from the database.
 */
final class IssuedTable {

    /** Count of licences of a class issued by a procedure. */
    record LicenceCount(String licenceClass, String procedureCode, long count) {}

    /** Count of badges of a kind. */
    record BadgeCount(BadgeKind kind, long count) {}

    static final String LICENCE = "Giấy phép lái xe";
    static final String BADGE = "Phù hiệu xe kinh doanh vận tải";

    private IssuedTable() {}

    static ReportTable of(List<LicenceCount> licences, List<BadgeCount> badges) {
        var rows = new ArrayList<List<Object>>();
        long exchanged = 0;
        long reissued = 0;
        long badgeTotal = 0;
        Map<String, long[]> byClass = new HashMap<>();
        for (LicenceCount c : licences) {
            long[] pair = byClass.computeIfAbsent(c.licenceClass(), k -> new long[2]);
            pair[VehicleRegistrationPlugin.EXCHANGE.equals(c.procedureCode()) ? 0 : 1] += c.count();
        }
        for (String code : classOrder(byClass)) {
            long[] pair = byClass.get(code);
            rows.add(List.of(LICENCE, "Hạng " + code, pair[0], pair[1], 0L, pair[0] + pair[1]));
            exchanged += pair[0];
            reissued += pair[1];
        }
        Map<BadgeKind, Long> byKind = new HashMap<>();
        badges.forEach(c -> byKind.merge(c.kind(), c.count(), Long::sum));
        for (BadgeKind kind : BadgeKind.values()) {
            Long count = byKind.get(kind);
            if (count != null) {
                rows.add(List.of(BADGE, "Phù hiệu " + kind.printed(), 0L, 0L, count, count));
                badgeTotal += count;
            }
        }
        List<Object> totals =
                List.of("Tổng cộng", "", exchanged, reissued, badgeTotal, exchanged + reissued + badgeTotal);
        return new ReportTable(rows, totals);
    }

    /** The 2024 classes in the law's order, then any other code alphabetically. */
    private static List<String> classOrder(Map<String, long[]> byClass) {
        var order = new ArrayList<String>();
        Arrays.stream(LicenceClass.values())
                .map(LicenceClass::code)
                .filter(byClass::containsKey)
                .forEach(order::add);
        byClass.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
        return order;
    }
}
