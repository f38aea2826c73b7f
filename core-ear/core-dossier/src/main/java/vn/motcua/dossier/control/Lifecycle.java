package vn.motcua.dossier.control;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.dossier.entity.DossierState;
import vn.motcua.dossier.entity.HandOverAction;

/**
 * Which action may be taken in which state (docs/DOMAIN.md, "The life of a dossier"), and which of them the current
 * process step must allow. Pure rules, one table: the facade asks before it changes anything.
 */
public final class Lifecycle {

    private static final Set<DossierState> WORKING = EnumSet.of(DossierState.IN_PROCESS, DossierState.PENDING_APPROVAL);

    private static final Map<HandOverAction, Set<DossierState>> FROM = Map.ofEntries(
            Map.entry(HandOverAction.RECEIVE, EnumSet.of(DossierState.SUBMITTED)),
            Map.entry(HandOverAction.NOT_ACCEPT, EnumSet.of(DossierState.SUBMITTED)),
            Map.entry(HandOverAction.ASSIGN, EnumSet.of(DossierState.RECEIVED, DossierState.IN_PROCESS)),
            Map.entry(HandOverAction.FORWARD, EnumSet.of(DossierState.RECEIVED, DossierState.IN_PROCESS)),
            Map.entry(HandOverAction.SEND_BACK, WORKING),
            Map.entry(HandOverAction.TRANSFER, EnumSet.of(DossierState.IN_PROCESS)),
            Map.entry(HandOverAction.REQUEST_SUPPLEMENT, EnumSet.of(DossierState.RECEIVED, DossierState.IN_PROCESS)),
            Map.entry(HandOverAction.SUPPLEMENT_RETURNED, EnumSet.of(DossierState.SUPPLEMENT_REQUESTED)),
            Map.entry(HandOverAction.REQUEST_FEE, WORKING),
            Map.entry(HandOverAction.FEE_PAID, EnumSet.of(DossierState.FEE_REQUESTED)),
            Map.entry(HandOverAction.APPROVE, EnumSet.of(DossierState.PENDING_APPROVAL)),
            Map.entry(HandOverAction.REFUSE, WORKING),
            Map.entry(
                    HandOverAction.EXTEND,
                    EnumSet.of(
                            DossierState.RECEIVED,
                            DossierState.IN_PROCESS,
                            DossierState.PENDING_APPROVAL,
                            DossierState.SUPPLEMENT_REQUESTED,
                            DossierState.FEE_REQUESTED)),
            Map.entry(HandOverAction.RETURN, EnumSet.of(DossierState.RESULT_READY, DossierState.REFUSED)),
            Map.entry(
                    HandOverAction.WITHDRAW,
                    EnumSet.of(
                            DossierState.SUBMITTED,
                            DossierState.RECEIVED,
                            DossierState.IN_PROCESS,
                            DossierState.PENDING_APPROVAL,
                            DossierState.SUPPLEMENT_REQUESTED,
                            DossierState.FEE_REQUESTED)));

    /** The step action of the process definition an action needs, when the process decides. */
    private static final Map<HandOverAction, StepAction> STEP_ACTION = Map.of(
            HandOverAction.FORWARD, StepAction.FORWARD,
            HandOverAction.SEND_BACK, StepAction.SEND_BACK,
            HandOverAction.TRANSFER, StepAction.TRANSFER,
            HandOverAction.REQUEST_SUPPLEMENT, StepAction.REQUEST_SUPPLEMENT,
            HandOverAction.REFUSE, StepAction.REFUSE,
            HandOverAction.APPROVE, StepAction.APPROVE);

    private Lifecycle() {}

    /** Whether {@code action} may be taken now, given the state and what the current step allows. */
    public static boolean allows(HandOverAction action, DossierState state, Set<StepAction> stepActions) {
        Set<DossierState> from = FROM.get(action);
        if (from == null || !from.contains(state)) {
            return false;
        }
        StepAction needed = STEP_ACTION.get(action);
        return needed == null || state == DossierState.RECEIVED || stepActions.contains(needed);
    }

    /** Every action allowed now, for the buttons of the dossier screen. */
    public static Set<HandOverAction> allowed(DossierState state, Set<StepAction> stepActions) {
        var allowed = EnumSet.noneOf(HandOverAction.class);
        for (HandOverAction action : HandOverAction.values()) {
            if (allows(action, state, stepActions)) {
                allowed.add(action);
            }
        }
        return allowed;
    }
}
