package vn.motcua.catalog.entity;

/** A fee for a service (phí) or a charge of the state (lệ phí). */
public enum FeeKind {
    FEE,
    CHARGE
}
