package vn.motcua.dossier.control.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.platform.PlatformStarted;
import vn.motcua.platform.plugin.boundary.PluginClaims;
import vn.motcua.platform.plugin.boundary.PluginRejectedException;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.Plugin;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ProcedureHandler;
import vn.motcua.spi.procedure.StepCompletion;
import vn.motcua.spi.procedure.StepHandler;

/**
 * Which plugin serves which catalog procedure, and the calls into it. Built once at boot from the CDI beans
 * ({@link ProcedureHandler}, {@link StepHandler}); a national code claimed by two handlers stops the deployment.
 * The core names no plugin: it only knows national codes and the {@code @Plugin} qualifier of the beans.
 *
 * <p>At boot the installed handlers' codes are also recorded as claims ({@link PluginClaims}, table
 * {@code plugin_procedure}): {@link #pluginOf} answers from them, so a procedure of a plugin uninstalled by
 * configuration still belongs to that plugin (and is not offered, since the plugin is enabled nowhere), while
 * {@link #handler} only knows installed plugins.
 */
@ApplicationScoped
public class PluginProcedures {

    private static final Logger LOG = Logger.getLogger(PluginProcedures.class.getName());

    /** A handler with the id of the plugin it belongs to. */
    public record Handled(String pluginId, ProcedureHandler<Serializable> handler) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    @Any
    Instance<ProcedureHandler<?>> handlers;

    @Inject
    @Any
    Instance<StepHandler> stepHandlers;

    @Inject
    Validator validator;

    @Inject
    PluginClaims claims;

    private Map<String, Handled> byCode;
    private Map<String, List<StepHandler>> stepsByCode;

    void index(@Observes PlatformStarted started) {
        var installed = new HashMap<String, String>();
        byCode().forEach((code, handled) -> installed.put(code, handled.pluginId()));
        try {
            claims.record(installed);
        } catch (RuntimeException e) {
            // Another server of the cluster booting at the same time wrote the same claims first: read them again.
            LOG.log(Level.INFO, "Recording plugin claims failed once, retrying", e);
            claims.record(installed);
        }
    }

    /** The handler of a procedure, if an installed plugin serves it. */
    public Optional<Handled> handler(String nationalCode) {
        return Optional.ofNullable(byCode().get(nationalCode));
    }

    /**
     * The plugin a procedure belongs to, if any: an installed one, or one uninstalled by configuration (which has no
     * {@link #handler}). The counter and the online portal offer the procedure only where that plugin is enabled.
     */
    public Optional<String> pluginOf(String nationalCode) {
        return claims.owner(nationalCode);
    }

    /** Every Facelets form fragment of the installed handlers (the counter includes each, renders the one needed). */
    public List<String> formFragments() {
        return byCode().values().stream()
                .map(h -> h.handler().formFragment())
                .distinct()
                .sorted()
                .toList();
    }

    /**
     * Bean Validation of plugin details, then the plugin's own checks. Throws the first violation's message as a
     * {@link DomainException} (the message is already interpolated in the user's language).
     */
    public void check(Handled handled, Serializable details, DossierSnapshot dossier) {
        if (details == null || !handled.handler().detailsType().isInstance(details)) {
            throw new DomainException("dossier.plugin.detailsMissing");
        }
        Set<ConstraintViolation<Serializable>> violations = validator.validate(details);
        if (!violations.isEmpty()) {
            ConstraintViolation<Serializable> first = violations.stream()
                    .sorted((a, b) -> a.getPropertyPath()
                            .toString()
                            .compareTo(b.getPropertyPath().toString()))
                    .findFirst()
                    .orElseThrow();
            throw new DomainException("dossier.plugin.invalid", first.getMessage());
        }
        handled.handler().check(details, dossier);
    }

    /** Lets the plugins watching this procedure veto leaving a step. */
    public void beforeLeaving(StepCompletion step) {
        for (StepHandler handler : stepsByCode().getOrDefault(step.dossier().procedureCode(), List.of())) {
            handler.beforeLeaving(step);
        }
    }

    @SuppressWarnings("unchecked")
    private synchronized Map<String, Handled> byCode() {
        if (byCode == null) {
            var found = new HashMap<String, Handled>();
            var problems = new ArrayList<String>();
            for (Instance.Handle<ProcedureHandler<?>> handle : handlers.handles()) {
                String pluginId = pluginId(handle.getBean());
                var handler = (ProcedureHandler<Serializable>) handle.get();
                if (pluginId == null) {
                    problems.add("Procedure handler "
                            + handle.getBean().getBeanClass().getName() + " has no @Plugin qualifier.");
                    continue;
                }
                for (String code : handler.procedureCodes()) {
                    Handled earlier = found.putIfAbsent(code, new Handled(pluginId, handler));
                    if (earlier != null) {
                        problems.add("Plugin '" + pluginId + "': procedure " + code + " is already handled by plugin '"
                                + earlier.pluginId() + "'; a procedure belongs to one plugin.");
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new PluginRejectedException(problems);
            }
            byCode = Map.copyOf(found);
        }
        return byCode;
    }

    private synchronized Map<String, List<StepHandler>> stepsByCode() {
        if (stepsByCode == null) {
            var found = new HashMap<String, List<StepHandler>>();
            for (StepHandler handler : stepHandlers) {
                handler.procedureCodes().forEach(code -> found.computeIfAbsent(code, c -> new ArrayList<>())
                        .add(handler));
            }
            stepsByCode = Map.copyOf(found);
        }
        return stepsByCode;
    }

    private static String pluginId(Bean<?> bean) {
        return bean.getQualifiers().stream()
                .filter(Plugin.class::isInstance)
                .map(q -> ((Plugin) q).value())
                .findFirst()
                .orElse(null);
    }
}
