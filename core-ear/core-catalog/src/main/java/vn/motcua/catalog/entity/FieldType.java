package vn.motcua.catalog.entity;

/** The kinds of field an admin can put on a generic procedure's form. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    CHOICE,
    ID_NUMBER,
    ADDRESS
}
