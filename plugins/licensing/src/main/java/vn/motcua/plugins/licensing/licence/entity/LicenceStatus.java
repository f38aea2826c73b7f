package vn.motcua.plugins.licensing.licence.entity;

/**
 * Where a licence stands. {@link #VALID}, {@link #AMENDED} and {@link #REVOKED} are stored; {@link #EXPIRED} is never
 * stored but read from the date: a valid licence whose last day has passed is expired, without a nightly job.
 */
public enum LicenceStatus {
    VALID,
    /** Replaced by the licence an amendment issued. */
    AMENDED,
    /** Withdrawn by a revocation decision. */
    REVOKED,
    /** Valid on paper, but its last day has passed. */
    EXPIRED;

    public String labelKey() {
        return "licensing.status." + name();
    }
}
