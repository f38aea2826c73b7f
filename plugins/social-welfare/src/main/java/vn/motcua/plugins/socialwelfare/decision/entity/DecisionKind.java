package vn.motcua.plugins.socialwelfare.decision.entity;

/** What a decision decides. */
public enum DecisionKind {
    /** Monthly social allowance granted (or adjusted) for a protected person. */
    ALLOWANCE,
    /** A household recognised as poor (income at or below the line, 3 or more indicators lacking). */
    POOR_HOUSEHOLD,
    /** A household recognised as near-poor (income at or below the line, fewer than 3 indicators lacking). */
    NEAR_POOR_HOUSEHOLD
}
