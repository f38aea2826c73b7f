package vn.motcua.catalog.control.calendar;

/** How close unfinished work is to its due moment, as the worklists colour it. */
public enum Urgency {
    /** More working time left than the due-soon threshold. */
    ON_TRACK,
    /** Not past due, with at most the due-soon threshold of working time left (sắp đến hạn, amber). */
    DUE_SOON,
    /** Past the due moment (quá hạn, red). */
    OVERDUE
}
