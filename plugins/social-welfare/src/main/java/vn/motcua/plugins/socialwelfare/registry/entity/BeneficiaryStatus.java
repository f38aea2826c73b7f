package vn.motcua.plugins.socialwelfare.registry.entity;

/** Whether a beneficiary is paid. */
public enum BeneficiaryStatus {
    /** Paid every month from the start month on. */
    ACTIVE,
    /** No longer paid after the end month (thôi hưởng, or replaced by a later decision: điều chỉnh). */
    STOPPED
}
