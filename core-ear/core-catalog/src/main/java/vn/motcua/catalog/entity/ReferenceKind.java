package vn.motcua.catalog.entity;

/** The small national lists kept in {@link ReferenceItem}. */
public enum ReferenceKind {
    DOCUMENT_TYPE,
    ID_TYPE,
    DELIVERY_METHOD,
    PAYMENT_METHOD
}
