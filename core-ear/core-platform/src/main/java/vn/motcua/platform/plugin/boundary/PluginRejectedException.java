package vn.motcua.platform.plugin.boundary;

import java.util.List;

/**
 * Stops the deployment: one or more installed plugins are broken. The message lists every problem found. (The answer
 * of {@code asadmin deploy} shows it twice, joined by {@code " -- "}: Payara's {@code WeldDeployer} reads the message
 * of Weld's exception, which is this one's, twice, once for its own message and once as the cause's. Nothing here can
 * change that; {@code server-config/motcua.sh deploy} prints it once. The server log has it once, from
 * {@code PluginInstallation}.)
 */
public class PluginRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public PluginRejectedException(List<String> problems) {
        super(header(problems.size()) + ":\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    private static String header(int count) {
        return "MotCua refuses to start: " + count + " plugin problem(s)";
    }

    public List<String> problems() {
        return problems;
    }
}
