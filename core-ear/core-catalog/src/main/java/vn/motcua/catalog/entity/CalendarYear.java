package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A year of the working calendar: PROPOSED (generated from the lunar calendar) until an admin confirms it. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final String PROPOSED = "PROPOSED";
    public static final String CONFIRMED = "CONFIRMED";

    @Id
    @Column(name = "calendar_year")
    private int year;

    @Column(nullable = false, length = 20)
    private String status = PROPOSED;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Version
    private int version;

    protected CalendarYear() {}

    public CalendarYear(int year) {
        this.year = year;
    }

    public void confirm(String by) {
        status = CONFIRMED;
        confirmedAt = LocalDateTime.now();
        confirmedBy = by;
    }

    public boolean isConfirmed() {
        return CONFIRMED.equals(status);
    }

    public int getYear() {
        return year;
    }

    public String getStatus() {
        return status;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
