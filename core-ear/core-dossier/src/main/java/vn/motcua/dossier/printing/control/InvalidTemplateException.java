package vn.motcua.dossier.printing.control;

import java.util.List;
import java.util.stream.Collectors;

/** A form template with problems was used; {@link #problems()} says which, in Vietnamese. */
public class InvalidTemplateException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<TemplateProblem> problems;

    public InvalidTemplateException(List<TemplateProblem> problems) {
        super(problems.stream().map(TemplateProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
