package vn.motcua.spi.procedure;

import java.util.Set;

/**
 * A plugin's action in the core's process engine: called when a dossier of one of its procedures is about to leave
 * a process step (forwarded to the next step or sent for approval, or approved). It may veto by throwing a
 * {@link vn.motcua.spi.DomainException}: the officer sees the message and the dossier stays where it was.
 *
 * <p>What the core guarantees: the call runs in the transaction of the transition, after the core's own checks
 * (permission, agency scope, state, version) and before anything is written, on the officer's request thread with
 * their security context. Reactions after the fact belong in an observer of
 * {@link vn.motcua.spi.dossier.DossierTransitioned} with {@code during = AFTER_SUCCESS}, not here.
 *
 * @since 0.1.0
 */
public interface StepHandler {

    /** National codes of the procedures whose steps this handler watches. */
    Set<String> procedureCodes();

    /** Called before the dossier leaves the step; throw a {@code DomainException} to veto. */
    void beforeLeaving(StepCompletion step);
}
