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
 *
 * <p>The screens get it summed in the database ({@link #of}, {@code StepSql}); {@link #add} states the same rules one
 * step at a time, and the tests hold the two to the same hand-worked figures.
 */
public final class StepStatistics implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Duration> times = new ArrayList<>();
    private long handled;
    private long inTime;
    private long judged;
    private Duration total = Duration.ZERO;
    private Duration percentile90;

    /** Summed already: steps handed on, those with a verdict, those early or on time, total time, 90th percentile. */
    public static StepStatistics of(long handled, long judged, long inTime, Duration total, Duration percentile90) {
        StepStatistics s = new StepStatistics();
        s.handled = handled;
        s.judged = judged;
        s.inTime = inTime;
        s.total = total;
        s.percentile90 = percentile90;
        return s;
    }

    /** One step handed on after {@code held} of working time, with its verdict ({@code null}: none recorded). */
    public StepStatistics add(Duration held, Timeliness verdict) {
        times.add(held);
        handled++;
        total = total.plus(held);
        percentile90 = null;
        if (verdict != null) {
            judged++;
            inTime += verdict == Timeliness.LATE ? 0 : 1;
        }
        return this;
    }

    public long handled() {
        return handled;
    }

    /** Early or on time, in percent with one decimal, of the steps with a verdict; {@code null} when none. */
    public Double onTimeShare() {
        return judged == 0 ? null : Math.round(1000.0 * inTime / judged) / 10.0;
    }

    public Duration average() {
        return handled == 0 ? Duration.ZERO : total.dividedBy(handled);
    }

    /** The nearest-rank 90th percentile. */
    public Duration percentile90() {
        if (percentile90 != null) {
            return percentile90;
        }
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
