package vn.motcua.plugins.licensing.licence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The last number an agency handed out in a series and year. Incremented only under a pessimistic row lock, so two
 * servers approving at the same moment never print the same number.
 */
@Entity
@Table(name = "licensing_number_counter")
@IdClass(NumberCounter.Key.class)
public class NumberCounter {

    /** Composite key: agency, year, series code. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long agencyId;
        private Integer year;
        private String series;

        public Key() {}

        public Key(long agencyId, int year, Series series) {
            this.agencyId = agencyId;
            this.year = year;
            this.series = series.code();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(agencyId, key.agencyId)
                    && Objects.equals(year, key.year)
                    && Objects.equals(series, key.series);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, year, series);
        }
    }

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Id
    @Column(name = "issue_year")
    private Integer year;

    @Id
    @Column(name = "series", length = 10)
    private String series;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected NumberCounter() {}

    public NumberCounter(long agencyId, int year, Series series) {
        this.agencyId = agencyId;
        this.year = year;
        this.series = series.code();
    }

    public int next() {
        return ++lastNumber;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
