package vn.motcua.portal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Map;
import vn.motcua.platform.PlatformStarted;
import vn.motcua.platform.plugin.entity.PluginClaim;

/**
 * Claims as an earlier boot would have left them, written at boot just before the core records this boot's claims
 * (an observer of {@link PlatformStarted} with a higher priority than the core's): demo procedure 12 claimed by the
 * plugin {@code dormant} when it was installed (it is uninstalled by configuration now), the sample plugin's procedure
 * claimed by {@code dormant} too (the sample plugin, installed, takes it over), and a procedure of a plugin gone from
 * the build (released). The next boot of a deployment that does not list {@code dormant} as uninstalled releases its
 * claims, so no other test sees them.
 */
@ApplicationScoped
public class DormantClaims {

    /** Demo procedure 12 (international driving permit, Sở GTVT), which no installed plugin serves. */
    static final String DORMANT_PROCEDURE = "1.002835";

    static final long DORMANT_PROCEDURE_ID = 12L;

    /** A claim of a plugin that is neither installed nor listed as uninstalled. */
    static final String VANISHED_PROCEDURE = "9.999998";

    @PersistenceContext
    EntityManager em;

    @Transactional
    void seed(@Observes @Priority(Interceptor.Priority.APPLICATION) PlatformStarted started) {
        Map.of(
                        DORMANT_PROCEDURE,
                        "dormant",
                        vn.motcua.plugins.sample.SamplePrintingHandler.PROCEDURE,
                        "dormant",
                        VANISHED_PROCEDURE,
                        "vanished")
                .forEach((code, plugin) -> {
                    PluginClaim claim = em.find(PluginClaim.class, code);
                    if (claim == null) {
                        em.persist(new PluginClaim(code, plugin, LocalDateTime.now()));
                    } else {
                        claim.claimedBy(plugin, LocalDateTime.now());
                    }
                });
    }
}
