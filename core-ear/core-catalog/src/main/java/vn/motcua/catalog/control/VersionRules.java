package vn.motcua.catalog.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.PatternSyntaxException;
import vn.motcua.catalog.entity.FieldType;
import vn.motcua.catalog.entity.FormField;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.StepActing;
import vn.motcua.catalog.entity.StepAction;

/**
 * The rules a procedure version must meet beyond Bean Validation, checked on every save of a draft and again before
 * it is published. Each problem is a message key with arguments, so screens and the Excel import report it in the
 * user's language.
 */
public final class VersionRules {

    /** A broken rule: message key and arguments (1-based row numbers where a row is concerned). */
    public record Problem(String key, Object... args) {}

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private VersionRules() {}

    public static List<Problem> check(ProcedureVersion version) {
        var problems = new ArrayList<Problem>();
        BigDecimal days = version.getStatutoryDays();
        if (days != null && !isWholeOrHalf(days)) {
            problems.add(new Problem("catalog.rule.halfDays"));
        }
        checkSteps(version, problems);
        checkFields(version.getFormFields(), problems);
        return problems;
    }

    private static void checkSteps(ProcedureVersion version, List<Problem> problems) {
        List<ProcessStep> steps = version.getSteps();
        if (steps.isEmpty()) {
            problems.add(new Problem("catalog.rule.noSteps"));
            return;
        }
        for (int i = 0; i < steps.size(); i++) {
            ProcessStep step = steps.get(i);
            int row = i + 1;
            if (step.getBudgetDays() != null && !isWholeOrHalf(step.getBudgetDays())) {
                problems.add(new Problem("catalog.rule.step.halfDays", row));
            }
            if (step.getActing() == StepActing.NAMED_AGENCY && step.getAgency() == null) {
                problems.add(new Problem("catalog.rule.step.agencyMissing", row));
            }
            if (step.getActions().isEmpty()) {
                problems.add(new Problem("catalog.rule.step.noActions", row));
            }
            if (i == 0 && step.getActions().contains(StepAction.SEND_BACK)) {
                problems.add(new Problem("catalog.rule.step.firstSendsBack"));
            }
        }
        if (!steps.get(steps.size() - 1).getActions().contains(StepAction.APPROVE)) {
            problems.add(new Problem("catalog.rule.step.lastApproves"));
        }
        BigDecimal total = version.stepBudgetTotal();
        if (version.getStatutoryDays() != null && total.compareTo(version.getStatutoryDays()) != 0) {
            problems.add(new Problem("catalog.rule.budgetSum", plain(total), plain(version.getStatutoryDays())));
        }
    }

    private static void checkFields(List<FormField> fields, List<Problem> problems) {
        var keys = new HashSet<String>();
        for (int i = 0; i < fields.size(); i++) {
            FormField field = fields.get(i);
            int row = i + 1;
            if (field.getKey() != null && !keys.add(field.getKey())) {
                problems.add(new Problem("catalog.rule.field.duplicateKey", row, field.getKey()));
            }
            if (field.getType() == FieldType.CHOICE && field.choiceList().size() < 2) {
                problems.add(new Problem("catalog.rule.field.choices", row));
            }
            if (field.getPattern() != null) {
                try {
                    java.util.regex.Pattern.compile(field.getPattern());
                } catch (PatternSyntaxException e) {
                    problems.add(new Problem("catalog.rule.field.pattern", row));
                }
            }
        }
    }

    static boolean isWholeOrHalf(BigDecimal days) {
        return days.remainder(HALF).signum() == 0;
    }

    /** 2.0 → "2", 0.5 → "0.5". */
    public static String plain(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }
}
