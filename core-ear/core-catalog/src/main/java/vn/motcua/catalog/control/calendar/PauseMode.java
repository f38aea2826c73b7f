package vn.motcua.catalog.control.calendar;

/** What happens to a procedure's clock when the applicant returns a supplemented dossier (a procedure setting). */
public enum PauseMode {
    /** The clock goes on where it stopped: the due moment moves by the working time of the wait. */
    RESUME,
    /**
     * The clock starts again: the full budget counts from the return, with the cut-off rule applied to the return
     * as to a reception.
     */
    RESTART
}
