package vn.motcua.catalog.entity;

/** What form of a document the applicant hands in (original, certified copy, plain photocopy). */
public enum CopyKind {
    ORIGINAL,
    CERTIFIED_COPY,
    PHOTOCOPY
}
