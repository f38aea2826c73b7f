package vn.motcua.reporting.control.counting;

/** How a dossier's story ended, for the reports; {@link #OPEN} while it goes on. */
public enum Outcome {
    /** Submitted online and not received (yet, or refused at receipt with form 03): not in the status table. */
    NOT_RECEIVED,
    /** Received and not finished. */
    OPEN,
    /** The result is ready (then returned): resolved, early, on time or late. */
    RESOLVED,
    /** The applicant withdrew it. */
    WITHDRAWN,
    /** Decided not to grant (the result is a refusal letter). */
    REFUSED
}
