package vn.motcua.dossier.worklist.boundary;

import java.util.List;
import java.util.Set;
import vn.motcua.spi.dossier.DossierState;

/**
 * The officer's worklists, each with the permissions that open it (any one of them) and the states it lists. The
 * agency scope applies to every list; {@link #ALL} is every dossier an officer's agencies have held.
 */
public enum Worklist {
    /** Submitted online to my agency, waiting for the counter's check (accept or not). */
    TO_RECEIVE(List.of("dossier:receive"), Set.of(DossierState.SUBMITTED)),
    /** Received in my agency, nobody assigned yet (division head). */
    TO_ASSIGN(List.of("dossier:assign"), Set.of(DossierState.RECEIVED)),
    /** Assigned to me and in process (processing officer). */
    MINE(List.of("dossier:process"), Set.of(DossierState.IN_PROCESS)),
    /** Waiting for the leader's approval in my agency. */
    TO_APPROVE(List.of("dossier:approve"), Set.of(DossierState.PENDING_APPROVAL)),
    /** A result (or refusal letter) ready to hand over at my agency's counter. */
    TO_RETURN(List.of("dossier:return"), Set.of(DossierState.RESULT_READY, DossierState.REFUSED)),
    /** The clock stands still: waiting for the applicant's supplement or payment. */
    WAITING(
            List.of("dossier:receive", "dossier:process"),
            Set.of(DossierState.SUPPLEMENT_REQUESTED, DossierState.FEE_REQUESTED)),
    /** Every dossier my agencies have held: for searching. */
    ALL(List.of("dossier:view"), Set.of());

    private final List<String> permissions;
    private final Set<DossierState> states;

    Worklist(List<String> permissions, Set<DossierState> states) {
        this.permissions = permissions;
        this.states = states;
    }

    /** Any one of these opens the list. */
    public List<String> permissions() {
        return permissions;
    }

    /** The states listed; empty = any state. */
    public Set<DossierState> states() {
        return states;
    }
}
