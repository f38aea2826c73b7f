package vn.motcua.reporting.control.counting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.spi.DomainException;

/**
 * A reporting period: the moments {@code [start, end)}, whole days from midnight to midnight. A dossier received at
 * 16:00 on the last day belongs to this period whatever the daily cut-off (the cut-off moves its clock, not its
 * reception).
 */
public record Period(LocalDateTime start, LocalDateTime end) {

    public Period {
        if (start == null || end == null) {
            throw new DomainException("reporting.period.missing");
        }
        if (!end.isAfter(start)) {
            throw new DomainException("reporting.period.endsBeforeStart");
        }
    }

    public static Period month(YearMonth month) {
        return new Period(
                month.atDay(1).atStartOfDay(), month.plusMonths(1).atDay(1).atStartOfDay());
    }

    /** Quarter 1-4 of a year. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new DomainException("reporting.period.quarter");
        }
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(
                first.atDay(1).atStartOfDay(), first.plusMonths(3).atDay(1).atStartOfDay());
    }

    public static Period year(int year) {
        return new Period(
                LocalDate.of(year, 1, 1).atStartOfDay(),
                LocalDate.of(year + 1, 1, 1).atStartOfDay());
    }

    /** From the first to the last day, both included. */
    public static Period days(LocalDate first, LocalDate last) {
        if (first == null || last == null) {
            throw new DomainException("reporting.period.missing");
        }
        if (last.isBefore(first)) {
            throw new DomainException("reporting.period.endsBeforeStart");
        }
        return new Period(first.atStartOfDay(), last.plusDays(1).atStartOfDay());
    }

    public boolean contains(LocalDateTime moment) {
        return moment != null && !moment.isBefore(start) && moment.isBefore(end);
    }

    /** The moment the stock of unfinished dossiers is taken: the end, or now while the period runs. */
    public LocalDateTime stockAt(LocalDateTime now) {
        return end.isAfter(now) ? now : end;
    }

    /** The calendar months this period is made of, when it is made of whole months. */
    public Optional<List<YearMonth>> wholeMonths() {
        if (start.getDayOfMonth() != 1 || !start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return Optional.empty();
        }
        if (end.getDayOfMonth() != 1 || !end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return Optional.empty();
        }
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); m.isBefore(YearMonth.from(end)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return Optional.of(months);
    }

    /** The last day, included. */
    public LocalDate lastDay() {
        return end.toLocalDate().minusDays(1);
    }
}
