package vn.motcua.reporting.control.counting;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * The indicators of the national service index (Decision 766/QĐ-TTg, 2022) computable from the dossier facts, for a
 * period:
 *
 * <ul>
 *   <li>{@link Indicator#TIMELY}: of the dossiers that ended in the period (result ready, or refused), those ended by
 *       their statutory due moment with the applicant's supplement time subtracted; more than one supplement request
 *       is late whatever the dates ({@code NationalScoring}, recorded on the facts as {@code scoredLate}).
 *   <li>{@link Indicator#ONLINE}: of the dossiers received in the period, those submitted online.
 * </ul>
 */
public final class NationalScore {

    public enum Indicator {
        TIMELY,
        ONLINE
    }

    /** {@code met} dossiers of {@code of}. */
    public record Score(long met, long of) {
        /** In percent with one decimal, {@code null} when there is nothing to score. */
        public Double percent() {
            return of == 0 ? null : Math.round(1000.0 * met / of) / 10.0;
        }
    }

    private final Map<Indicator, Score> scores;

    private NationalScore(Map<Indicator, Score> scores) {
        this.scores = scores;
    }

    public static NationalScore of(Collection<DossierFacts> facts, Period period, LocalDateTime now) {
        long ended = 0, timely = 0, received = 0, online = 0;
        for (DossierFacts f : facts) {
            if (f.receivedAt() == null || f.receivedAt().isAfter(now)) {
                continue;
            }
            if (period.contains(f.receivedAt())) {
                received++;
                online += f.online() ? 1 : 0;
            }
            if (scored(f) && period.contains(f.endedAt()) && !f.endedAt().isAfter(now)) {
                ended++;
                timely += f.scoredLate() ? 0 : 1;
            }
        }
        Map<Indicator, Score> scores = new EnumMap<>(Indicator.class);
        scores.put(Indicator.TIMELY, new Score(timely, ended));
        scores.put(Indicator.ONLINE, new Score(online, received));
        return new NationalScore(scores);
    }

    /** Ends that the index judges: a result (granted or refused); a withdrawal is not judged. */
    public static boolean scored(DossierFacts f) {
        return (f.outcome() == Outcome.RESOLVED || f.outcome() == Outcome.REFUSED) && f.endedAt() != null;
    }

    public Score get(Indicator indicator) {
        return scores.get(indicator);
    }
}
