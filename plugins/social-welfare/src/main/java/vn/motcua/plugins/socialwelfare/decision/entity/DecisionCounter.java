package vn.motcua.plugins.socialwelfare.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The last decision number an agency issued in a year. Incremented only under a pessimistic row lock, so two
 * leaders approving at the same moment on two servers never sign the same number.
 */
@Entity
@Table(name = "social_welfare_decision_counter")
@IdClass(DecisionCounter.Key.class)
public class DecisionCounter {

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
    @Column(name = "decision_year")
    private Integer year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected DecisionCounter() {}

    public DecisionCounter(long agencyId, int year) {
        this.agencyId = agencyId;
        this.year = year;
    }

    /** Hands out the next number; call only on a row read with a pessimistic write lock. */
    public int next() {
        return ++lastNumber;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
