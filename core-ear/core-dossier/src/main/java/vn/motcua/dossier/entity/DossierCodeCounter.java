package vn.motcua.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The last sequence number handed out for an agency on a day. Incremented only under a pessimistic row lock, so two
 * servers receiving at the same moment never get the same dossier code.
 */
@Entity
@Table(name = "dossier_code_counter")
@IdClass(DossierCodeCounter.Key.class)
public class DossierCodeCounter {

    /** Composite key: agency and day (a plain class: JPA providers set its fields reflectively). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long agencyId;
        private LocalDate day;

        public Key() {}

        public Key(long agencyId, LocalDate day) {
            this.agencyId = agencyId;
            this.day = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(agencyId, key.agencyId)
                    && java.util.Objects.equals(day, key.day);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(agencyId, day);
        }
    }

    @Id
    @Column(name = "agency_id")
    private Long agencyId;

    @Id
    @Column(name = "code_day")
    private LocalDate day;

    @Column(name = "last_seq", nullable = false)
    private int lastSequence;

    protected DossierCodeCounter() {}

    public DossierCodeCounter(long agencyId, LocalDate day) {
        this.agencyId = agencyId;
        this.day = day;
    }

    public int next() {
        return ++lastSequence;
    }

    public int getLastSequence() {
        return lastSequence;
    }
}
