package vn.motcua.dossier.printing.control;

/**
 * Why a form template cannot be used, in Vietnamese for the admin who uploaded it.
 *
 * @param line the 1-based line of the template, or 0 when the problem concerns the whole template
 * @param message what is wrong and how to fix it
 */
public record TemplateProblem(int line, String message) {
    @Override
    public String toString() {
        return line > 0 ? "Dòng " + line + ": " + message : message;
    }
}
