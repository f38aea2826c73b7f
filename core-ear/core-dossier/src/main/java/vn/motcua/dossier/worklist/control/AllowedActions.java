package vn.motcua.dossier.worklist.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.entity.Lifecycle;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.dossier.DossierState;

/**
 * The actions the dossier screen offers the signed-in officer on one dossier: those the lifecycle allows in its state
 * and current step, whose workflow method's permission they hold, on a dossier whose acting agency (the receiving
 * agency for the counter's actions, the current one otherwise) is in their scope.
 */
@ApplicationScoped
public class AllowedActions {

    /** The actions the workspace offers (submitting online is the applicant's, on the public portal). */
    private static final Set<HandOverAction> OFFERED = EnumSet.of(
            HandOverAction.RECEIVE,
            HandOverAction.NOT_ACCEPT,
            HandOverAction.ASSIGN,
            HandOverAction.FORWARD,
            HandOverAction.SEND_BACK,
            HandOverAction.REQUEST_SUPPLEMENT,
            HandOverAction.SUPPLEMENT_RETURNED,
            HandOverAction.TRANSFER,
            HandOverAction.REQUEST_FEE,
            HandOverAction.FEE_PAID,
            HandOverAction.APPROVE,
            HandOverAction.REFUSE,
            HandOverAction.EXTEND,
            HandOverAction.RETURN,
            HandOverAction.WITHDRAW);

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    /** What the current officer may do now: the lifecycle allows it, they hold the permission, the agency is theirs. */
    public Set<HandOverAction> of(Dossier dossier) {
        List<ProcessStep> steps = dossier.getProcedureVersion().getSteps();
        var allowed = EnumSet.noneOf(HandOverAction.class);
        Boolean current = null;
        Boolean receiving = null;
        for (HandOverAction action : Lifecycle.allowed(
                dossier.getState(), steps.get(dossier.getStepPosition()).getActions())) {
            if (!OFFERED.contains(action) || !permitted(action, dossier.getState())) {
                continue;
            }
            if (action == HandOverAction.FORWARD && dossier.getStepPosition() == steps.size() - 1) {
                continue; // the last step is approved, not forwarded
            }
            if (action == HandOverAction.SEND_BACK && dossier.getStepPosition() == 0) {
                continue; // nothing before the first step
            }
            if (action == HandOverAction.REQUEST_FEE
                    && dossier.getFees().stream().allMatch(vn.motcua.dossier.entity.DossierFee::isPaid)) {
                continue; // nothing left to pay
            }
            boolean atCounter = action == HandOverAction.RECEIVE
                    || action == HandOverAction.NOT_ACCEPT
                    || action == HandOverAction.SUPPLEMENT_RETURNED
                    || action == HandOverAction.WITHDRAW
                    || action == HandOverAction.FEE_PAID;
            if (atCounter) {
                receiving = receiving != null ? receiving : scope.covers(dossier.getReceivingAgency());
            } else {
                current = current != null ? current : scope.covers(dossier.getCurrentAgency());
            }
            if (atCounter ? receiving : current) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** The permission of the workflow method the screen will call for the action. */
    public static String permission(HandOverAction action, DossierState state) {
        return switch (action) {
            case ASSIGN -> "dossier:assign";
            case APPROVE -> "dossier:approve";
            case SEND_BACK -> state == DossierState.PENDING_APPROVAL ? "dossier:approve" : "dossier:process";
            case RETURN -> "dossier:return";
            case SUPPLEMENT_RETURNED, WITHDRAW, RECEIVE, NOT_ACCEPT, FEE_PAID -> "dossier:receive";
            default -> "dossier:process";
        };
    }

    private boolean permitted(HandOverAction action, DossierState state) {
        return currentUser.permitted(permission(action, state));
    }
}
