package vn.motcua.platform.plugin.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.platform.plugin.control.ClaimChanges;
import vn.motcua.platform.plugin.control.PluginInstallation;
import vn.motcua.platform.plugin.entity.PluginClaim;

/**
 * Which plugin owns which catalog procedure (by national code), installed or not: table {@code plugin_procedure}.
 * Written once at boot from the installed plugins' handlers ({@link #record}, see {@link ClaimChanges} for the rules)
 * and kept in memory: claims change only at boot, and every server of a cluster boots the same build.
 */
@ApplicationScoped
public class PluginClaims {

    private static final Logger LOG = Logger.getLogger(PluginClaims.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = PluginInstallation.UNINSTALLED_KEY)
    Optional<String> uninstalledList;

    private volatile Map<String, String> claims;

    /**
     * Brings the stored claims up to date with the installed plugins' claims (national code → plugin id), in one
     * transaction: every claim read once, then only the differences written.
     */
    @Transactional
    public void record(Map<String, String> installed) {
        Map<String, PluginClaim> stored = em.createQuery("select c from PluginClaim c", PluginClaim.class)
                .getResultStream()
                .collect(Collectors.toMap(PluginClaim::getNationalCode, Function.identity()));
        ClaimChanges changes = ClaimChanges.between(
                stored.values().stream()
                        .collect(Collectors.toMap(PluginClaim::getNationalCode, PluginClaim::getPluginId)),
                installed,
                uninstalled());
        LocalDateTime now = LocalDateTime.now();
        changes.claim().forEach((code, plugin) -> {
            PluginClaim earlier = stored.get(code);
            if (earlier == null) {
                em.persist(new PluginClaim(code, plugin, now));
            } else {
                LOG.info(() -> "Procedure " + code + " moves from plugin '" + earlier.getPluginId() + "' to plugin '"
                        + plugin + "'.");
                earlier.claimedBy(plugin, now);
            }
        });
        for (String code : changes.release()) {
            PluginClaim released = stored.get(code);
            LOG.warning(() -> "Procedure " + code + " is no longer claimed by plugin '" + released.getPluginId()
                    + "' (not installed, not listed in " + PluginInstallation.UNINSTALLED_KEY
                    + "): it is an ordinary procedure now.");
            em.remove(released);
        }
        em.flush();
        claims = changes.result();
    }

    /** The plugin that owns the procedure, installed or uninstalled by configuration. */
    public Optional<String> owner(String nationalCode) {
        return Optional.ofNullable(claims().get(nationalCode));
    }

    /** Every plugin that owns procedures, with their national codes, by plugin id then code. */
    public Map<String, List<String>> byPlugin() {
        return claims().entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue,
                        TreeMap::new,
                        Collectors.mapping(
                                Map.Entry::getKey,
                                Collectors.collectingAndThen(
                                        Collectors.toList(),
                                        codes -> codes.stream().sorted().toList()))));
    }

    /** The ids listed in {@value PluginInstallation#UNINSTALLED_KEY}. */
    public Set<String> uninstalled() {
        return PluginInstallation.parse(uninstalledList.orElse(""));
    }

    private Map<String, String> claims() {
        Map<String, String> known = claims;
        if (known == null) { // before the boot recorded them (nothing of the portal runs then): as stored
            known = em.createQuery("select c from PluginClaim c", PluginClaim.class)
                    .getResultStream()
                    .collect(Collectors.toUnmodifiableMap(PluginClaim::getNationalCode, PluginClaim::getPluginId));
            claims = known;
        }
        return known;
    }
}
