package vn.motcua.platform.plugin.boundary;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Stops the deployment: one or more installed plugins are broken. The message lists every problem found. */
public class PluginRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    private final AtomicBoolean told = new AtomicBoolean();

    public PluginRejectedException(List<String> problems) {
        super(header(problems.size()) + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The full list the first time it is asked for, the header alone afterwards. Weld builds the deployment failure's
     * message from this once, when the deployment fails; Payara then appends {@code " -- "} and this again. So the
     * deploy answer lists the problems once, followed by the header. {@link #getMessage()} always has the full list.
     */
    @Override
    public String getLocalizedMessage() {
        return told.compareAndSet(false, true) ? getMessage() : header(problems.size());
    }

    private static String header(int count) {
        return "MotCua refuses to start: " + count + " plugin problem(s)";
    }

    public List<String> problems() {
        return problems;
    }
}
