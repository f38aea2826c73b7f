package vn.motcua.plugins.vehicle.licence.entity;

/** Why a licence is re-issued (procedure 1.002809). */
public enum ReissueReason {
    /** The licence was lost or damaged beyond use. */
    LOST,
    /** The licence passed its expiry date. */
    EXPIRED
}
