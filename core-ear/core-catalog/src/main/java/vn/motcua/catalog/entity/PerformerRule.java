package vn.motcua.catalog.entity;

/** How a procedure version says which agencies perform it. */
public enum PerformerRule {
    /** Its deciding agency alone (a department's own procedure). */
    DECIDING,
    /** Every active agency of a kind under an agency, e.g. every commune People's Committee of the province. */
    KIND,
    /** An explicit list of agencies. */
    LIST
}
