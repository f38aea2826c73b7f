package vn.motcua.dossier.entity;

/** What happened at a hand-over (one row of form 05). */
public enum HandOverAction {
    SUBMIT,
    RECEIVE,
    NOT_ACCEPT,
    ASSIGN,
    FORWARD,
    SEND_BACK,
    TRANSFER,
    REQUEST_SUPPLEMENT,
    SUPPLEMENT_RETURNED,
    REQUEST_FEE,
    FEE_PAID,
    APPROVE,
    REFUSE,
    EXTEND,
    RETURN,
    WITHDRAW
}
