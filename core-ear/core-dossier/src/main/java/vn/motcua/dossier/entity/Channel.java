package vn.motcua.dossier.entity;

/** How a dossier came in. */
public enum Channel {
    COUNTER,
    ONLINE
}
