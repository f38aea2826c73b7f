package vn.motcua.dossier.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Working time left (or overdue) as people say it at the centre: whole working days and hours ("còn 18 ngày 6 giờ"),
 * never a fraction of a day ("còn 18,7 ngày").
 *
 * @param days whole working days
 * @param hours the hours beyond them, fewer than a working day's
 * @param late whether the time is overdue
 */
public record WorkingTimeLeft(long days, long hours, boolean late) {

    /**
     * From the deadline engine's figures: the working time left in minutes (negative when overdue) and the same as
     * working days, whose ratio is the length of a working day.
     */
    public static WorkingTimeLeft of(BigDecimal workingDays, long workingMinutes) {
        boolean late = workingMinutes < 0;
        long minutes = Math.abs(workingMinutes);
        BigDecimal days = workingDays.abs();
        if (days.compareTo(BigDecimal.ONE) < 0) {
            return new WorkingTimeLeft(0, Math.max(1, Math.round(minutes / 60.0)), late);
        }
        long dayMinutes = BigDecimal.valueOf(minutes)
                .divide(days, 0, RoundingMode.HALF_UP)
                .longValue();
        long whole = minutes / dayMinutes;
        long hours = Math.round((minutes - whole * dayMinutes) / 60.0);
        long hoursPerDay = Math.round(dayMinutes / 60.0);
        if (hours >= hoursPerDay) {
            whole++;
            hours = 0;
        }
        return new WorkingTimeLeft(whole, hours, late);
    }
}
