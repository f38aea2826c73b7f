package vn.motcua.reporting.control.counting;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;

/** One row of figures of the status table: a count per {@link Figure}. */
public final class Tally implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long[] counts = new long[Figure.values().length];

    public static Tally of(Collection<Figure> figures) {
        Tally tally = new Tally();
        figures.forEach(f -> tally.counts[f.ordinal()]++);
        return tally;
    }

    public long get(Figure figure) {
        return counts[figure.ordinal()];
    }

    public Tally set(Figure figure, long count) {
        counts[figure.ordinal()] = count;
        return this;
    }

    /** Adds another row's figures to this one. */
    public Tally add(Tally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        return this;
    }

    public long received() {
        return get(Figure.RECEIVED_ONLINE) + get(Figure.RECEIVED_COUNTER);
    }

    /** Carried over and received: everything the period had to deal with. */
    public long total() {
        return get(Figure.CARRIED_OVER) + received();
    }

    public long resolved() {
        return get(Figure.RESOLVED_EARLY) + get(Figure.RESOLVED_ON_TIME) + get(Figure.RESOLVED_LATE);
    }

    public long inProgress() {
        return get(Figure.IN_PROGRESS_IN_TIME) + get(Figure.IN_PROGRESS_OVERDUE);
    }

    /** Share of the resolved dossiers resolved early or on time, in percent with one decimal; null when none. */
    public Double onTimeRate() {
        long resolved = resolved();
        if (resolved == 0) {
            return null;
        }
        return Math.round(1000.0 * (resolved - get(Figure.RESOLVED_LATE)) / resolved) / 10.0;
    }

    public boolean isEmpty() {
        return Arrays.stream(counts).allMatch(c -> c == 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && Arrays.equals(counts, t.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Tally{");
        for (Figure f : Figure.values()) {
            if (get(f) != 0) {
                s.append(f).append('=').append(get(f)).append(' ');
            }
        }
        return s.append('}').toString();
    }
}
