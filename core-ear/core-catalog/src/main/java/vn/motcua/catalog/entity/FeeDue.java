package vn.motcua.catalog.entity;

/** When a fee is collected (at receipt, or before the result is handed over). */
public enum FeeDue {
    AT_RECEIPT,
    BEFORE_RESULT
}
