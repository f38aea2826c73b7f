package vn.motcua.catalog.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.motcua.catalog.control.calendar.WorkingCalendar;
import vn.motcua.catalog.control.calendar.WorkingDays;
import vn.motcua.spi.calendar.ProvinceCalendar;

/** The SPI's {@link ProvinceCalendar}: the stored calendar of {@link Deadlines}, the same the core's deadlines use. */
@ApplicationScoped
public class CoreProvinceCalendar implements ProvinceCalendar {

    @Inject
    Deadlines deadlines;

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar().isWorkingDay(date);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar().workingDaysBetween(from, to);
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        return calendar().plusWorkingDays(from, days);
    }

    @Override
    public LocalDateTime dueDate(LocalDateTime received, BigDecimal workingDays) {
        return deadlines.dueDates().due(received, WorkingDays.of(workingDays));
    }

    private WorkingCalendar calendar() {
        return deadlines.dueDates().clock().calendar();
    }
}
