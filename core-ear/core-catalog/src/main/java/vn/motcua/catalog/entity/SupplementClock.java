package vn.motcua.catalog.entity;

/** What the clock does when the applicant returns a requested supplement (resume where it stopped, or start the full time again). */
public enum SupplementClock {
    RESUME,
    RESTART
}
