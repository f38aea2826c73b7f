package vn.motcua.dossier.entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;

/**
 * The one state machine of a dossier (DOMAIN.md, "The life of a dossier"): a table of state × action → next state.
 * Every transition goes through {@link Dossier#transition(HandOverAction)}, which asks this table; the state has no
 * public setter. A cell either names the next state or says how the dossier's position decides it
 * ({@link Outcome}); a missing cell means the action is not allowed in that state. The row {@code null} is a dossier
 * not stored yet (submitted online, received or refused at the counter).
 */
public final class Lifecycle {

    /** How a cell decides the next state. */
    public enum Outcome {
        /** The state named in the cell. */
        TO,
        /** Into work: the last step waits for approval, else with an officer in process, else waiting to be assigned. */
        WORK,
        /** Back to an earlier step or to work after a pause: with an officer in process, else waiting to be assigned. */
        BACK_TO_WORK,
        /** Back to the state the dossier was in when the fee was asked for. */
        RESUME,
        /** The state does not change (an extension). */
        STAY
    }

    /** One cell of the table: how the next state is decided, and the state itself for {@link Outcome#TO}. */
    public record Cell(Outcome outcome, DossierState to) {}

    /**
     * Where the dossier stands, for the cells whose next state depends on it.
     *
     * @param lastStep in the last step of its process (the one that approves)
     * @param assigned an officer holds it
     * @param pausedFrom the state it was in when the current pause began ({@code null} when not paused)
     */
    public record Position(boolean lastStep, boolean assigned, DossierState pausedFrom) {

        /** Where this dossier stands: its step among its version's, its assignee, the state its fee pause began in. */
        static Position of(Dossier dossier) {
            int steps = dossier.getProcedureVersion() == null
                    ? 0
                    : dossier.getProcedureVersion().getSteps().size();
            DossierState pausedFrom = dossier.getState() == DossierState.FEE_REQUESTED
                    ? dossier.getHandOvers().stream()
                            .filter(h -> h.getAction() == HandOverAction.REQUEST_FEE)
                            .reduce((a, b) -> b)
                            .map(HandOver::getFromState)
                            .orElse(null)
                    : null;
            return new Position(
                    steps > 0 && dossier.getStepPosition() == steps - 1, dossier.getAssignee() != null, pausedFrom);
        }
    }

    /** States a paused dossier may resume into. */
    private static final Set<DossierState> RESUMABLE =
            EnumSet.of(DossierState.IN_PROCESS, DossierState.PENDING_APPROVAL);

    private static final Map<HandOverAction, Cell> START = new EnumMap<>(HandOverAction.class);
    private static final Map<DossierState, Map<HandOverAction, Cell>> TABLE = new EnumMap<>(DossierState.class);

    static {
        START.put(HandOverAction.SUBMIT, to(DossierState.SUBMITTED));
        START.put(HandOverAction.RECEIVE, to(DossierState.RECEIVED));
        START.put(HandOverAction.NOT_ACCEPT, to(DossierState.NOT_ACCEPTED));

        row(DossierState.SUBMITTED)
                .cell(HandOverAction.RECEIVE, to(DossierState.RECEIVED))
                .cell(HandOverAction.NOT_ACCEPT, to(DossierState.NOT_ACCEPTED))
                .cell(HandOverAction.WITHDRAW, to(DossierState.WITHDRAWN));
        row(DossierState.RECEIVED)
                .cell(HandOverAction.ASSIGN, by(Outcome.WORK))
                .cell(HandOverAction.FORWARD, by(Outcome.WORK))
                .cell(HandOverAction.REQUEST_SUPPLEMENT, to(DossierState.SUPPLEMENT_REQUESTED))
                .cell(HandOverAction.EXTEND, by(Outcome.STAY))
                .cell(HandOverAction.WITHDRAW, to(DossierState.WITHDRAWN));
        row(DossierState.IN_PROCESS)
                .cell(HandOverAction.ASSIGN, by(Outcome.WORK))
                .cell(HandOverAction.FORWARD, by(Outcome.WORK))
                .cell(HandOverAction.SEND_BACK, by(Outcome.BACK_TO_WORK))
                .cell(HandOverAction.TRANSFER, to(DossierState.RECEIVED))
                .cell(HandOverAction.REQUEST_SUPPLEMENT, to(DossierState.SUPPLEMENT_REQUESTED))
                .cell(HandOverAction.REQUEST_FEE, to(DossierState.FEE_REQUESTED))
                .cell(HandOverAction.REFUSE, to(DossierState.REFUSED))
                .cell(HandOverAction.EXTEND, by(Outcome.STAY))
                .cell(HandOverAction.WITHDRAW, to(DossierState.WITHDRAWN));
        row(DossierState.PENDING_APPROVAL)
                .cell(HandOverAction.SEND_BACK, by(Outcome.BACK_TO_WORK))
                .cell(HandOverAction.REQUEST_FEE, to(DossierState.FEE_REQUESTED))
                .cell(HandOverAction.APPROVE, to(DossierState.RESULT_READY))
                .cell(HandOverAction.REFUSE, to(DossierState.REFUSED))
                .cell(HandOverAction.EXTEND, by(Outcome.STAY))
                .cell(HandOverAction.WITHDRAW, to(DossierState.WITHDRAWN));
        row(DossierState.SUPPLEMENT_REQUESTED)
                .cell(HandOverAction.SUPPLEMENT_RETURNED, by(Outcome.BACK_TO_WORK))
                .cell(HandOverAction.EXTEND, by(Outcome.STAY))
                .cell(HandOverAction.WITHDRAW, to(DossierState.WITHDRAWN));
        row(DossierState.FEE_REQUESTED)
                .cell(HandOverAction.FEE_PAID, by(Outcome.RESUME))
                .cell(HandOverAction.EXTEND, by(Outcome.STAY))
                .cell(HandOverAction.WITHDRAW, to(DossierState.WITHDRAWN));
        row(DossierState.RESULT_READY).cell(HandOverAction.RETURN, to(DossierState.RETURNED));
        row(DossierState.REFUSED).cell(HandOverAction.RETURN, to(DossierState.RETURNED));
        row(DossierState.NOT_ACCEPTED);
        row(DossierState.WITHDRAWN);
        row(DossierState.RETURNED);
    }

    /** The step action of the process definition an action needs, when the process decides. */
    private static final Map<HandOverAction, StepAction> STEP_ACTION = Map.of(
            HandOverAction.FORWARD, StepAction.FORWARD,
            HandOverAction.SEND_BACK, StepAction.SEND_BACK,
            HandOverAction.TRANSFER, StepAction.TRANSFER,
            HandOverAction.REQUEST_SUPPLEMENT, StepAction.REQUEST_SUPPLEMENT,
            HandOverAction.REFUSE, StepAction.REFUSE,
            HandOverAction.APPROVE, StepAction.APPROVE);

    private Lifecycle() {}

    /** The cell of a state ({@code null}: not stored yet) and an action; {@code null} when not allowed. */
    public static Cell cell(DossierState state, HandOverAction action) {
        return (state == null ? START : TABLE.get(state)).get(action);
    }

    /**
     * The state after {@code action} taken in {@code state} at {@code position}.
     *
     * @throws DomainException {@code dossier.action.notAllowed} when the table has no such cell
     */
    public static DossierState next(DossierState state, HandOverAction action, Position position) {
        Cell cell = cell(state, action);
        if (cell == null) {
            throw new DomainException("dossier.action.notAllowed");
        }
        return switch (cell.outcome()) {
            case TO -> cell.to();
            case STAY -> state;
            case WORK -> position.lastStep()
                    ? DossierState.PENDING_APPROVAL
                    : position.assigned() ? DossierState.IN_PROCESS : DossierState.RECEIVED;
            case BACK_TO_WORK -> position.assigned() ? DossierState.IN_PROCESS : DossierState.RECEIVED;
            case RESUME -> {
                if (!RESUMABLE.contains(position.pausedFrom())) {
                    throw new DomainException("dossier.action.notAllowed");
                }
                yield position.pausedFrom();
            }
        };
    }

    /** Whether {@code action} may be taken now on a stored dossier, given its state and what the current step allows. */
    public static boolean allows(HandOverAction action, DossierState state, Set<StepAction> stepActions) {
        if (state == null || cell(state, action) == null) {
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
        return Collections.unmodifiableSet(allowed);
    }

    private static Cell to(DossierState state) {
        return new Cell(Outcome.TO, state);
    }

    private static Cell by(Outcome outcome) {
        return new Cell(outcome, null);
    }

    private static Row row(DossierState state) {
        var cells = new EnumMap<HandOverAction, Cell>(HandOverAction.class);
        TABLE.put(state, cells);
        return new Row(cells);
    }

    private record Row(Map<HandOverAction, Cell> cells) {
        Row cell(HandOverAction action, Cell cell) {
            cells.put(action, cell);
            return this;
        }
    }
}
