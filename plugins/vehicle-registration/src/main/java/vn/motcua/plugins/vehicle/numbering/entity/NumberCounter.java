package vn.motcua.plugins.vehicle.numbering.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The last number an agency handed out in a series (licences, badges) in a year. Incremented only under a
 * pessimistic row lock, so two approvals at the same moment on any number of servers never share a number.
 */
@Entity(name = "VehicleNumberCounter")
@Table(name = "vehicle_registration_counter")
@IdClass(NumberCounter.Key.class)
public class NumberCounter {

    /** The numbered series. */
    public enum Series {
        LICENCE,
        BADGE
    }

    /** Composite key: agency, series, year. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long agencyId;
        private Series series;
        private Integer year;

        public Key() {}

        public Key(long agencyId, Series series, int year) {
            this.agencyId = agencyId;
            this.series = series;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(agencyId, key.agencyId)
                    && series == key.series
                    && Objects.equals(year, key.year);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyId, series, year);
        }
    }

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "series", length = 10)
    private Series series;

    @Id
    @Column(name = "counter_year")
    private Integer year;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected NumberCounter() {}

    public NumberCounter(long agencyId, Series series, int year) {
        this.agencyId = agencyId;
        this.series = series;
        this.year = year;
    }

    public int next() {
        return ++lastNumber;
    }

    public int getLastNumber() {
        return lastNumber;
    }
}
