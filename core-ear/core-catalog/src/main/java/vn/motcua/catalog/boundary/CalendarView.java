package vn.motcua.catalog.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import vn.motcua.catalog.control.calendar.DayKind;
import vn.motcua.catalog.entity.CalendarEntry;
import vn.motcua.catalog.entity.CalendarYear;
import vn.motcua.platform.faces.Notices;

/**
 * Backs {@code /admin/calendar.xhtml}: one year of the working calendar, its exceptional days, the proposal from the
 * lunar calendar, edits, and confirmation.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CalendarAdministration calendar;

    @Inject
    Deadlines deadlines;

    private int year;
    private CalendarYear calendarYear;
    private List<CalendarEntry> days;

    private LocalDate newDate;
    private DayKind newKind = DayKind.HOLIDAY;
    private String newName;

    @PostConstruct
    void init() {
        year = LocalDate.now().getYear() + 1;
        reload();
    }

    private void reload() {
        deadlines.forget();
        calendarYear = calendar.year(year).orElse(null);
        days = calendar.days(year);
    }

    public void changeYear(int delta) {
        year += delta;
        reload();
    }

    public void propose() {
        calendar.propose(year);
        reload();
        Notices.info("catalog.calendar.proposed", String.valueOf(year), days.size());
    }

    public void add() {
        calendar.put(newDate, newKind, newName);
        newDate = null;
        newName = null;
        reload();
        Notices.info("common.saved");
    }

    public void remove(CalendarEntry day) {
        calendar.remove(day.getDate());
        reload();
        Notices.info("catalog.calendar.removed");
    }

    public void confirm() {
        calendar.confirm(year);
        reload();
        Notices.info("catalog.calendar.confirmed", String.valueOf(year));
    }

    public String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, new Locale("vi"));
    }

    /** "In all: 11 holidays, 2 compensatory days off, 1 swapped working day." */
    public String getSummary() {
        return Notices.text(
                "catalog.calendar.summary", count(DayKind.HOLIDAY), count(DayKind.DAY_OFF), count(DayKind.WORKING_DAY));
    }

    private long count(DayKind kind) {
        return days.stream().filter(d -> d.getKind() == kind).count();
    }

    public int getYear() {
        return year;
    }

    public String getYearText() {
        return String.valueOf(year);
    }

    public CalendarYear getCalendarYear() {
        return calendarYear;
    }

    public List<CalendarEntry> getDays() {
        return days;
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public DayKind getNewKind() {
        return newKind;
    }

    public void setNewKind(DayKind newKind) {
        this.newKind = newKind;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
