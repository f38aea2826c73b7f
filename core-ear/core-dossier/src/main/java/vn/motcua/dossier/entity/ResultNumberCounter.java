package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The last result number handed out in a plugin's series for an agency and year. Incremented only under a pessimistic
 * row lock ({@link vn.motcua.dossier.control.numbering.ResultNumberCounters}), so two servers approving at the same
 * moment never print the same number.
 */
@Entity
@Table(name = "result_number")
@IdClass(ResultNumberCounter.Key.class)
public class ResultNumberCounter {

    /** Composite key: series, agency, year (a plain class: JPA providers set its fields reflectively). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String series;
        private Long agencyId;
        private Integer year;

        public Key() {}

        public Key(String series, long agencyId, int year) {
            this.series = series;
            this.agencyId = agencyId;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(series, key.series)
                    && Objects.equals(agencyId, key.agencyId)
                    && Objects.equals(year, key.year);
        }

        @Override
        public int hashCode() {
            return Objects.hash(series, agencyId, year);
        }
    }

    @Id
    @Column(name = "series", length = 60)
    private String series;

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Id
    @Column(name = "number_year")
    private Integer year;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected ResultNumberCounter() {}

    public ResultNumberCounter(String series, long agencyId, int year) {
        this.series = series;
        this.agencyId = agencyId;
        this.year = year;
    }

    public long next() {
        return ++lastNumber;
    }

    public long getLastNumber() {
        return lastNumber;
    }
}
