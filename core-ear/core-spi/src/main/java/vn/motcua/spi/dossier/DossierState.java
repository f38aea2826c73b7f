package vn.motcua.spi.dossier;

/**
 * Where a dossier stands (docs/DOMAIN.md, "The life of a dossier"), each mapped here, and only here, onto the national
 * status codes 1-10 used when syncing with the national public service portal. Plugins read it in
 * {@link DossierSnapshot#state()} and {@link DossierTransitioned#toState()}; which action leads from which state to
 * which is the core's state machine (core-dossier's {@code Lifecycle}), never a plugin's.
 *
 * @since 0.1.0
 */
public enum DossierState {
    /** Submitted online, waiting for the counter's check. */
    SUBMITTED(1),
    /** Received with a code; the clock runs. */
    RECEIVED(2),
    /** Refused at receipt (form 03). */
    NOT_ACCEPTED(3),
    IN_PROCESS(4),
    /** In the last step, waiting for the leader's approval. */
    PENDING_APPROVAL(4),
    /** Waiting for the applicant's supplement (form 02); the clock stands still. */
    SUPPLEMENT_REQUESTED(5),
    /** Waiting for the applicant to pay; the clock stands still. */
    FEE_REQUESTED(6),
    WITHDRAWN(7),
    /** Decided not to grant, with reasons: the result is a refusal letter (national "stopped"). */
    REFUSED(8),
    RESULT_READY(9),
    RETURNED(10);

    private final int nationalCode;

    DossierState(int nationalCode) {
        this.nationalCode = nationalCode;
    }

    public int nationalCode() {
        return nationalCode;
    }

    /** Still moving: neither returned, withdrawn, refused at receipt nor refused with its letter handed over. */
    public boolean isOpen() {
        return this != RETURNED && this != WITHDRAWN && this != NOT_ACCEPTED;
    }

    /** The clock stands still in these states (waiting for the applicant). */
    public boolean isPaused() {
        return this == SUPPLEMENT_REQUESTED || this == FEE_REQUESTED;
    }
}
