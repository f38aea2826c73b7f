package vn.motcua.catalog.entity;

/** Which agency acts in a step (the procedure's deciding agency, the agency of the counter that received the dossier, or a named agency for interconnected procedures). */
public enum StepActing {
    DECIDING_AGENCY,
    RECEIVING_COUNTER,
    NAMED_AGENCY
}
