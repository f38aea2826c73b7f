package vn.motcua.catalog.entity;

/** A procedure version is edited as a draft and, once published, never changes. */
public enum VersionStatus {
    DRAFT,
    PUBLISHED
}
