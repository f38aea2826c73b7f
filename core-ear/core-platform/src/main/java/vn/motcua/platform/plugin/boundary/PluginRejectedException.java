package vn.motcua.platform.plugin.boundary;

import java.util.List;

/** Stops the deployment: one or more installed plugins are broken. The message lists every problem found. */
public class PluginRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public PluginRejectedException(List<String> problems) {
        super("MotCua refuses to start: " + problems.size() + " plugin problem(s):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
