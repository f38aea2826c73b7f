package vn.motcua.dossier.entity;

/** Why the clock stood still. */
public enum PauseKind {
    SUPPLEMENT,
    FEE
}
