package vn.motcua.catalog.control.calendar;

/**
 * What an exceptional date of the working calendar is. Without an exception, Monday–Friday are working days and
 * Saturday–Sunday are weekly rest days.
 */
public enum DayKind {
    /** A public holiday (ngày lễ, Tết): not worked. */
    HOLIDAY,
    /** A day off that is not itself a holiday: a compensatory day (nghỉ bù) or a day swapped away. Not worked. */
    DAY_OFF,
    /** A Saturday or Sunday worked in exchange for a day off (làm bù): worked like a Monday. */
    WORKING_DAY;

    /** Whether a day of this kind is worked. */
    public boolean isWorked() {
        return this == WORKING_DAY;
    }
}
