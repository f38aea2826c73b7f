package vn.motcua.reporting.control.counting;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.motcua.catalog.control.calendar.Timeliness;

/**
 * How one officer (or division) did one process step: the steps handed on, the share handed on early or on time
 * against the step's own due moment, and the working time the dossier stayed with them before they handed it on —
 * average and 90th percentile (nearest rank: the smallest time that at least 90% of the steps did not exceed).
 */
public final class StepStatistics implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Duration> times = new ArrayList<>();
    private long inTime;
    private long judged;

    /** One step handed on after {@code held} of working time, with its verdict ({@code null}: none recorded). */
    public StepStatistics add(Duration held, Timeliness verdict) {
        times.add(held);
        if (verdict != null) {
            judged++;
            inTime += verdict == Timeliness.LATE ? 0 : 1;
        }
        return this;
    }

    public long handled() {
        return times.size();
    }

    /** Early or on time, in percent with one decimal, of the steps with a verdict; {@code null} when none. */
    public Double onTimeShare() {
        return judged == 0 ? null : Math.round(1000.0 * inTime / judged) / 10.0;
    }

    public Duration average() {
        if (times.isEmpty()) {
            return Duration.ZERO;
        }
        Duration sum = Duration.ZERO;
        for (Duration t : times) {
            sum = sum.plus(t);
        }
        return sum.dividedBy(times.size());
    }

    /** The nearest-rank 90th percentile. */
    public Duration percentile90() {
        if (times.isEmpty()) {
            return Duration.ZERO;
        }
        List<Duration> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(rank - 1);
    }

    /** Hours with one decimal, as the screens show a duration. */
    public static double hours(Duration d) {
        return Math.round(d.toMinutes() / 6.0) / 10.0;
    }
}
