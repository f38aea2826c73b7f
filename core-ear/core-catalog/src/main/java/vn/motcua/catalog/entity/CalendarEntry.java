package vn.motcua.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import vn.motcua.catalog.control.calendar.CalendarDay;
import vn.motcua.catalog.control.calendar.DayKind;

/** One exceptional date of a calendar year as stored: a holiday, a compensatory day off or a swapped working day. */
@Entity
@Table(name = "calendar_day")
public class CalendarEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Column(name = "calendar_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DayKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    protected CalendarEntry() {}

    public CalendarEntry(CalendarDay day) {
        this.date = day.date();
        this.year = day.date().getYear();
        this.kind = day.kind();
        this.name = day.name();
    }

    public CalendarDay toDay() {
        return new CalendarDay(date, kind, name);
    }

    public LocalDate getDate() {
        return date;
    }

    public int getYear() {
        return year;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
