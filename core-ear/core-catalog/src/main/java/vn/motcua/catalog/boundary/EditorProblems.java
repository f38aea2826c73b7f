package vn.motcua.catalog.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.motcua.catalog.control.VersionRules;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.platform.faces.Notices;

/**
 * What the procedure editor says is wrong with the version it holds, every problem at once: Bean Validation first,
 * each message with its tab and row ("Thành phần hồ sơ, dòng 2: ..."), then the version rules ({@link VersionRules}).
 * A new procedure without steps is not told about its process: it gets the standard process for its time limit.
 */
final class EditorProblems {

    private EditorProblems() {}

    /** The messages, in Vietnamese as the editor shows them; empty when the version may be saved. */
    static List<String> of(Validator validator, ProcedureVersion version, boolean creating, String nationalCode) {
        var messages = new ArrayList<String>();
        List<ConstraintViolation<ProcedureVersion>> violations = new ArrayList<>(validator.validate(version));
        violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<ProcedureVersion> violation : violations) {
            messages.add(where(violation.getPropertyPath()) + violation.getMessage());
        }
        boolean standardProcessComing = creating && version.getSteps().isEmpty();
        for (VersionRules.Problem problem : VersionRules.check(version)) {
            if (standardProcessComing && problem.key().startsWith("catalog.rule.") && isProcessRule(problem.key())) {
                continue; // a new procedure without steps gets the standard process for its time limit
            }
            messages.add(Notices.text(problem.key(), problem.args()));
        }
        if (creating && (nationalCode == null || nationalCode.isBlank())) {
            messages.add(0, Notices.text("catalog.procedure.code.required"));
        }
        return messages;
    }

    private static boolean isProcessRule(String key) {
        return key.equals("catalog.rule.noSteps")
                || key.startsWith("catalog.rule.step.")
                || key.equals("catalog.rule.budgetSum");
    }

    private static String where(Path path) {
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                return Notices.text(
                                "catalog.editor.row",
                                Notices.text("catalog.editor.part." + node.getName()),
                                node.getIndex() + 1)
                        + " ";
            }
        }
        return "";
    }
}
