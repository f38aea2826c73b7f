package vn.motcua.reporting.control;

/**
 * The indicators of the national service index (Decision 766/QĐ-TTg) our data answers, each with the dossiers it
 * judges ({@link #base}) and those that meet it ({@link #met}), as conditions over {@code report_dossier f} with the
 * placeholders of {@link ReportSql}.
 */
public enum ScoreIndicator {
    /** Ended in the period (result, or refusal), by the statutory due with the supplement waits subtracted. */
    TIMELY(
            "f.outcome in ('RESOLVED', 'REFUSED') and f.ended_at >= :start and f.ended_at < :end",
            "f.scored_late <> :yes"),
    /** Received in the period, submitted online. */
    ONLINE("f.outcome <> 'NOT_RECEIVED' and f.received_at >= :start and f.received_at < :end", "f.online = :yes"),
    /** Fees paid in the period, all through the national portal's online payment. */
    PAID_ONLINE("f.fee_paid_at >= :start and f.fee_paid_at < :end", "f.paid_online = :yes"),
    /** Received in the period, with its documents scanned. */
    DIGITISED("f.outcome <> 'NOT_RECEIVED' and f.received_at >= :start and f.received_at < :end", "f.digitised = :yes"),
    /** Resolved in the period, with an electronic result document. */
    ELECTRONIC_RESULT(
            "f.outcome = 'RESOLVED' and f.ended_at >= :start and f.ended_at < :end", "f.electronic_result = :yes");

    private final String base;
    private final String met;

    ScoreIndicator(String base, String met) {
        this.base = base;
        this.met = met;
    }

    public String base() {
        return base;
    }

    public String met() {
        return met;
    }
}
