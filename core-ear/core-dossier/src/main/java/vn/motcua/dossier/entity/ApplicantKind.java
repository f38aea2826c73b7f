package vn.motcua.dossier.entity;

/** A citizen (identified by personal ID number) or an organisation (by tax code). */
public enum ApplicantKind {
    CITIZEN,
    ORGANISATION
}
