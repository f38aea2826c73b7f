package vn.motcua.catalog.control;

import java.math.BigDecimal;
import java.util.List;
import vn.motcua.catalog.entity.StepActing;
import vn.motcua.catalog.entity.StepAction;

/**
 * The usual three steps of a one-stop procedure, split from its statutory time: receive at the counter (half a day),
 * appraise in the deciding agency (the rest), leader approves (one day; half a day when time is short). Used when a
 * procedure is created or imported without a process of its own; admins refine it in the editor.
 */
public final class StandardProcess {

    /** Role codes of the standard roles (sql/core/V2__standard_roles.sql). */
    public static final String COUNTER_ROLE = "COUNTER_OFFICER";

    public static final String PROCESSING_ROLE = "PROCESSING_OFFICER";
    public static final String LEADER_ROLE = "LEADER";

    /** One step of the proposal; the role is named by its code. */
    public record Step(String name, String roleCode, StepActing acting, BigDecimal days, List<StepAction> actions) {}

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private StandardProcess() {}

    /**
     * The standard steps for a statutory time (halves allowed): three steps from 1.5 days, two for one day, one for
     * half a day.
     */
    public static List<Step> forDays(BigDecimal statutoryDays) {
        if (statutoryDays.compareTo(HALF) <= 0) {
            return List.of(new Step(
                    "Xử lý và phê duyệt",
                    LEADER_ROLE,
                    StepActing.DECIDING_AGENCY,
                    statutoryDays,
                    List.of(StepAction.APPROVE, StepAction.REQUEST_SUPPLEMENT, StepAction.REFUSE)));
        }
        if (statutoryDays.compareTo(new BigDecimal("1.5")) < 0) {
            return twoSteps(statutoryDays);
        }
        BigDecimal approve = statutoryDays.compareTo(new BigDecimal("3")) < 0 ? HALF : BigDecimal.ONE;
        BigDecimal appraise = statutoryDays.subtract(HALF).subtract(approve);
        return List.of(
                new Step(
                        "Tiếp nhận hồ sơ",
                        COUNTER_ROLE,
                        StepActing.RECEIVING_COUNTER,
                        HALF,
                        List.of(StepAction.FORWARD, StepAction.REQUEST_SUPPLEMENT, StepAction.REFUSE)),
                new Step(
                        "Thẩm định, xử lý hồ sơ",
                        PROCESSING_ROLE,
                        StepActing.DECIDING_AGENCY,
                        appraise,
                        List.of(
                                StepAction.FORWARD,
                                StepAction.SEND_BACK,
                                StepAction.REQUEST_SUPPLEMENT,
                                StepAction.TRANSFER,
                                StepAction.REFUSE)),
                new Step(
                        "Phê duyệt kết quả",
                        LEADER_ROLE,
                        StepActing.DECIDING_AGENCY,
                        approve,
                        List.of(StepAction.APPROVE, StepAction.SEND_BACK)));
    }

    private static List<Step> twoSteps(BigDecimal statutoryDays) {
        return List.of(
                new Step(
                        "Tiếp nhận và xử lý hồ sơ",
                        PROCESSING_ROLE,
                        StepActing.DECIDING_AGENCY,
                        statutoryDays.subtract(HALF),
                        List.of(StepAction.FORWARD, StepAction.REQUEST_SUPPLEMENT, StepAction.REFUSE)),
                new Step(
                        "Phê duyệt kết quả",
                        LEADER_ROLE,
                        StepActing.DECIDING_AGENCY,
                        HALF,
                        List.of(StepAction.APPROVE, StepAction.SEND_BACK)));
    }
}
