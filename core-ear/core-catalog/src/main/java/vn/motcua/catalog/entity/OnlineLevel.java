package vn.motcua.catalog.entity;

/** How far a procedure can be done online (mức độ dịch vụ công trực tuyến). */
public enum OnlineLevel {
    FULL,
    PARTIAL,
    NONE
}
