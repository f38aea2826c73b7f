package vn.motcua.plugins.vehicle.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.plugins.vehicle.badge.control.BadgeKind;
import vn.motcua.plugins.vehicle.report.IssuedTable.BadgeCount;
import vn.motcua.plugins.vehicle.report.IssuedTable.LicenceCount;
import vn.motcua.spi.report.ReportTable;

class IssuedTableTest {

    @Test
    void licencesPerClassInTheLawsOrderThenBadgesPerKindWithTotals() {
        ReportTable table = IssuedTable.of(
                List.of(
                        new LicenceCount("C", "1.002804", 2),
                        new LicenceCount("B", "1.002809", 1),
                        new LicenceCount("B", "1.002804", 5)),
                List.of(new BadgeCount(BadgeKind.TRUCK, 3), new BadgeCount(BadgeKind.TAXI, 4)));

        assertThat(table.rows())
                .containsExactly(
                        List.of("Giấy phép lái xe", "Hạng B", 5L, 1L, 0L, 6L),
                        List.of("Giấy phép lái xe", "Hạng C", 2L, 0L, 0L, 2L),
                        List.of("Phù hiệu xe kinh doanh vận tải", "Phù hiệu XE TAXI", 0L, 0L, 4L, 4L),
                        List.of("Phù hiệu xe kinh doanh vận tải", "Phù hiệu XE TẢI", 0L, 0L, 3L, 3L));
        assertThat(table.totals()).containsExactly("Tổng cộng", "", 7L, 1L, 7L, 15L);
    }

    @Test
    void anEmptyPeriodHasOnlyZeroTotals() {
        ReportTable table = IssuedTable.of(List.of(), List.of());
        assertThat(table.rows()).isEmpty();
        assertThat(table.totals()).containsExactly("Tổng cộng", "", 0L, 0L, 0L, 0L);
    }
}
