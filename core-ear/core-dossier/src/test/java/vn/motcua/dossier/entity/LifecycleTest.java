package vn.motcua.dossier.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;

/**
 * Walks every cell of the lifecycle: every state (and "not stored yet") × every action × every position. The
 * expected table is written out here on its own, from docs/DOMAIN.md's diagram ("The life of a dossier"), so a change of the machine shows as a
 * failing cell.
 */
class LifecycleTest {

    /** The next state per position: a fixed state, or a rule spelled out as text. */
    private static final String WORK = "last step → PENDING_APPROVAL, else assigned → IN_PROCESS, else RECEIVED";

    private static final String BACK = "assigned → IN_PROCESS, else RECEIVED";
    private static final String STAY = "unchanged";
    private static final String RESUME = "the state the fee pause began in";

    /** Every allowed cell; any cell not listed must be refused. Key: state (or "-") + " " + action. */
    private static final Map<String, String> EXPECTED = new HashMap<>();

    static {
        expect("-", "SUBMIT", "SUBMITTED");
        expect("-", "RECEIVE", "RECEIVED");
        expect("-", "NOT_ACCEPT", "NOT_ACCEPTED");

        expect("SUBMITTED", "RECEIVE", "RECEIVED");
        expect("SUBMITTED", "NOT_ACCEPT", "NOT_ACCEPTED");
        expect("SUBMITTED", "WITHDRAW", "WITHDRAWN");

        expect("RECEIVED", "ASSIGN", WORK);
        expect("RECEIVED", "FORWARD", WORK);
        expect("RECEIVED", "REQUEST_SUPPLEMENT", "SUPPLEMENT_REQUESTED");
        expect("RECEIVED", "EXTEND", STAY);
        expect("RECEIVED", "WITHDRAW", "WITHDRAWN");

        expect("IN_PROCESS", "ASSIGN", WORK);
        expect("IN_PROCESS", "FORWARD", WORK);
        expect("IN_PROCESS", "SEND_BACK", BACK);
        expect("IN_PROCESS", "TRANSFER", "RECEIVED");
        expect("IN_PROCESS", "REQUEST_SUPPLEMENT", "SUPPLEMENT_REQUESTED");
        expect("IN_PROCESS", "REQUEST_FEE", "FEE_REQUESTED");
        expect("IN_PROCESS", "REFUSE", "REFUSED");
        expect("IN_PROCESS", "EXTEND", STAY);
        expect("IN_PROCESS", "WITHDRAW", "WITHDRAWN");

        expect("PENDING_APPROVAL", "SEND_BACK", BACK);
        expect("PENDING_APPROVAL", "REQUEST_FEE", "FEE_REQUESTED");
        expect("PENDING_APPROVAL", "APPROVE", "RESULT_READY");
        expect("PENDING_APPROVAL", "REFUSE", "REFUSED");
        expect("PENDING_APPROVAL", "EXTEND", STAY);
        expect("PENDING_APPROVAL", "WITHDRAW", "WITHDRAWN");

        expect("SUPPLEMENT_REQUESTED", "SUPPLEMENT_RETURNED", BACK);
        expect("SUPPLEMENT_REQUESTED", "EXTEND", STAY);
        expect("SUPPLEMENT_REQUESTED", "WITHDRAW", "WITHDRAWN");

        expect("FEE_REQUESTED", "FEE_PAID", RESUME);
        expect("FEE_REQUESTED", "EXTEND", STAY);
        expect("FEE_REQUESTED", "WITHDRAW", "WITHDRAWN");

        expect("RESULT_READY", "RETURN", "RETURNED");
        expect("REFUSED", "RETURN", "RETURNED");
        // NOT_ACCEPTED, WITHDRAWN, RETURNED: closed, nothing allowed
    }

    private static void expect(String state, String action, String next) {
        EXPECTED.put(state + " " + action, next);
    }

    /** Every combination of the things a cell may depend on. */
    private static List<Lifecycle.Position> positions() {
        var positions = new ArrayList<Lifecycle.Position>();
        for (boolean lastStep : new boolean[] {false, true}) {
            for (boolean assigned : new boolean[] {false, true}) {
                for (DossierState pausedFrom :
                        new DossierState[] {null, DossierState.IN_PROCESS, DossierState.PENDING_APPROVAL}) {
                    positions.add(new Lifecycle.Position(lastStep, assigned, pausedFrom));
                }
            }
        }
        return positions;
    }

    private static DossierState expectedNext(String rule, DossierState from, Lifecycle.Position at) {
        return switch (rule) {
            case WORK -> at.lastStep()
                    ? DossierState.PENDING_APPROVAL
                    : at.assigned() ? DossierState.IN_PROCESS : DossierState.RECEIVED;
            case BACK -> at.assigned() ? DossierState.IN_PROCESS : DossierState.RECEIVED;
            case STAY -> from;
            case RESUME -> at.pausedFrom();
            default -> DossierState.valueOf(rule);
        };
    }

    @Test
    void everyCellOfTheTableGivesTheExpectedStateOrIsRefused() {
        var states = new ArrayList<DossierState>();
        states.add(null);
        states.addAll(List.of(DossierState.values()));
        int walked = 0;
        int allowed = 0;
        for (DossierState state : states) {
            for (HandOverAction action : HandOverAction.values()) {
                String key = (state == null ? "-" : state.name()) + " " + action.name();
                String rule = EXPECTED.get(key);
                assertThat(Lifecycle.cell(state, action) != null)
                        .as("cell %s is in the table", key)
                        .isEqualTo(rule != null);
                for (Lifecycle.Position at : positions()) {
                    walked++;
                    if (rule == null) {
                        assertThatThrownBy(() -> Lifecycle.next(state, action, at))
                                .as("%s at %s", key, at)
                                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                                        .isEqualTo("dossier.action.notAllowed"));
                    } else if (rule.equals(RESUME) && at.pausedFrom() == null) {
                        assertThatThrownBy(() -> Lifecycle.next(state, action, at))
                                .as("%s without the state the pause began in", key)
                                .isInstanceOf(DomainException.class);
                    } else {
                        allowed++;
                        assertThat(Lifecycle.next(state, action, at))
                                .as("%s at %s", key, at)
                                .isEqualTo(expectedNext(rule, state, at));
                    }
                }
            }
        }
        assertThat(walked).isEqualTo((DossierState.values().length + 1) * HandOverAction.values().length * 12);
        assertThat(allowed).isEqualTo((EXPECTED.size() - 1) * 12 + 8);
    }

    @Test
    void closedStatesAllowNothing() {
        for (DossierState closed : List.of(DossierState.NOT_ACCEPTED, DossierState.WITHDRAWN, DossierState.RETURNED)) {
            assertThat(Lifecycle.allowed(closed, EnumSet.allOf(StepAction.class)))
                    .as(closed.name())
                    .isEmpty();
            assertThat(closed.isOpen()).isFalse();
        }
    }

    @Test
    void stepBoundActionsNeedTheCurrentStepToAllowThem() {
        Set<StepAction> none = Set.of();
        assertThat(Lifecycle.allowed(DossierState.IN_PROCESS, none))
                .containsExactlyInAnyOrder(
                        HandOverAction.ASSIGN,
                        HandOverAction.REQUEST_FEE,
                        HandOverAction.EXTEND,
                        HandOverAction.WITHDRAW);
        assertThat(Lifecycle.allowed(DossierState.IN_PROCESS, Set.of(StepAction.FORWARD, StepAction.TRANSFER)))
                .contains(HandOverAction.FORWARD, HandOverAction.TRANSFER)
                .doesNotContain(HandOverAction.REFUSE, HandOverAction.SEND_BACK);
        // waiting to be assigned: the step's own actions are open to whoever takes it first (no step check)
        assertThat(Lifecycle.allowed(DossierState.RECEIVED, none))
                .containsExactlyInAnyOrder(
                        HandOverAction.ASSIGN,
                        HandOverAction.FORWARD,
                        HandOverAction.REQUEST_SUPPLEMENT,
                        HandOverAction.EXTEND,
                        HandOverAction.WITHDRAW);
        assertThat(Lifecycle.allowed(DossierState.PENDING_APPROVAL, Set.of(StepAction.APPROVE)))
                .containsExactlyInAnyOrder(
                        HandOverAction.APPROVE,
                        HandOverAction.REQUEST_FEE,
                        HandOverAction.EXTEND,
                        HandOverAction.WITHDRAW);
        assertThat(Lifecycle.allows(HandOverAction.RECEIVE, null, none))
                .as("a dossier not stored yet is started, not acted on")
                .isFalse();
    }
}
