package ${package}.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The last result number an agency issued in a year. Incremented only under a pessimistic row lock, so that two
 * servers approving at the same moment never print the same number.
 */
@Entity
@Table(name = "${tablePrefix}_number_counter")
@IdClass(${classPrefix}NumberCounter.Key.class)
public class ${classPrefix}NumberCounter {

    /** Composite key: agency and year. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long agencyId;
        private Integer year;

        public Key() {}

        public Key(long agencyId, int year) {
            this.agencyId = agencyId;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(agencyId, key.agencyId) && Objects.equals(year, key.year);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, year);
        }
    }

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Id
    @Column(name = "issue_year")
    private Integer year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected ${classPrefix}NumberCounter() {}

    public ${classPrefix}NumberCounter(long agencyId, int year) {
        this.agencyId = agencyId;
        this.year = year;
    }

    /** The next number; call only on a row read with a pessimistic write lock. */
    public int next() {
        return ++lastNumber;
    }
}
