package vn.motcua.spi.dossier;

import java.time.LocalDateTime;

/**
 * Fired by the core after every transition of a dossier, inside the transaction that made it. Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to react only when the change is committed (send a
 * notification, update a plugin's registry); an observer that must veto belongs in a {@code StepHandler} instead.
 *
 * @param dossierId the dossier's id
 * @param code the dossier code, e.g. {@code 000.00.12.H99-261122-0001}
 * @param procedureCode the national code of the dossier's procedure
 * @param action what happened, e.g. {@code RECEIVE}, {@code FORWARD}, {@code APPROVE}
 * @param fromState the state before ({@code null} for a new dossier)
 * @param toState the state after; {@link #nationalStatus()} is its national status code
 * @param at when it happened
 * @param officerId who did it ({@code null} for the applicant online)
 *
 * @since 0.1.0
 */
public record DossierTransitioned(
        long dossierId,
        String code,
        String procedureCode,
        String action,
        DossierState fromState,
        DossierState toState,
        LocalDateTime at,
        Long officerId) {

    /** The national status code (1-10) of the new state. */
    public int nationalStatus() {
        return toState.nationalCode();
    }
}
