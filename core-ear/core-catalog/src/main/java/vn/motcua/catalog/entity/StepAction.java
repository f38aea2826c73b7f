package vn.motcua.catalog.entity;

/** What an officer may do from a process step. */
public enum StepAction {
    FORWARD,
    SEND_BACK,
    REQUEST_SUPPLEMENT,
    TRANSFER,
    REFUSE,
    APPROVE
}
