package vn.motcua.spi.calendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The province's working calendar, the one the core's own deadlines use: Monday to Friday, minus the public holidays
 * an administrator confirmed for the year (*Lịch làm việc*: New Year, Tết, the Hùng Kings' day, 30/4, 1/5, 2/9…),
 * plus the swapped working days (a Saturday worked in exchange for a bridge day). A plugin injects it
 * ({@code @Inject ProvinceCalendar calendar}) for rules such as "at least 20 working days ahead" instead of counting
 * Monday to Friday itself.
 *
 * <p>What the core guarantees: the answers follow the stored calendar (an edit reaches every server of a cluster
 * within a second); a year no administrator confirmed counts its weekends
 * only. Usable on any thread, with or without a transaction; no permission needed.
 *
 * @since 0.1.0
 */
public interface ProvinceCalendar {

    /** Whether the day is worked: a weekday that is not a holiday, or a swapped working Saturday / Sunday. */
    boolean isWorkingDay(LocalDate date);

    /**
     * How many working days lie after {@code from} up to and including {@code to}: from a Monday to the Friday of the
     * same week without holidays, 4. Zero when {@code to} is not after {@code from}.
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * The day {@code days} working days after {@code from}: {@code from} itself is not counted, the first counted day
     * is the next working day. {@code days} = 0 gives {@code from} if it is a working day, else the next one.
     *
     * @throws IllegalArgumentException for a negative {@code days}
     */
    LocalDate plusWorkingDays(LocalDate from, int days);

    /**
     * The due moment of a dossier received at {@code received} with a statutory time of {@code workingDays} (halves
     * allowed, {@code 0.5}), exactly as the core computes its appointment dates: the clock starts at the next working
     * moment (the next working day after the cut-off hour, 15:00 by default) and runs in working hours only.
     */
    LocalDateTime dueDate(LocalDateTime received, BigDecimal workingDays);
}
