package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.PluginAgency;
import vn.motcua.platform.plugin.boundary.PluginRegistry;
import vn.motcua.platform.plugin.control.PluginDescriptor;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The per-agency switch of department plugins (the install switch is configuration, see {@code PluginInstallation}).
 * A plugin enabled for an agency is enabled for every agency below it. Nothing is cached across requests, so a
 * change takes effect at the next page on every server; {@link PluginsHere} remembers the answer for one request.
 */
@ApplicationScoped
public class PluginSwitches {

    /** The permission that switches plugins (provincial admins). */
    public static final String ENABLE = "plugin:enable";

    /** An installed plugin and the agencies it is enabled for. */
    public record PluginState(
            String id, String title, String minCoreVersion, List<String> permissions, Map<Long, String> agencies) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PluginRegistry registry;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    /** Every installed plugin with the agencies (id → name) it is enabled for. */
    @Transactional
    @RequiresPermissions(ENABLE)
    public List<PluginState> plugins(Locale locale) {
        List<Object[]> rows = em.createQuery(
                        "select pa.pluginId, a.id, a.name from PluginAgency pa, Agency a where a.id = pa.agencyId"
                                + " order by a.path",
                        Object[].class)
                .getResultList();
        return registry.installed().stream()
                .map(p -> {
                    var agencies = new LinkedHashMap<Long, String>();
                    rows.stream()
                            .filter(r -> p.id().equals(r[0]))
                            .forEach(r -> agencies.put((Long) r[1], (String) r[2]));
                    return new PluginState(
                            p.id(), registry.title(p.id(), locale), p.minCoreVersion(), p.permissions(), agencies);
                })
                .toList();
    }

    @Transactional
    @RequiresPermissions(ENABLE)
    public void enable(String pluginId, long agencyId) {
        installed(pluginId);
        Agency agency = em.find(Agency.class, agencyId);
        if (agency == null || !agency.isActive()) {
            throw new DomainException("directory.plugin.agencyRequired");
        }
        if (em.find(PluginAgency.class, new PluginAgency.Key(pluginId, agencyId)) == null) {
            em.persist(new PluginAgency(
                    pluginId,
                    agencyId,
                    LocalDateTime.now(),
                    currentUser.require().username()));
        }
    }

    @Transactional
    @RequiresPermissions(ENABLE)
    public void disable(String pluginId, long agencyId) {
        installed(pluginId);
        PluginAgency row = em.find(PluginAgency.class, new PluginAgency.Key(pluginId, agencyId));
        if (row != null) {
            em.remove(row);
        }
    }

    /**
     * Installed plugins enabled for the signed-in officer: for one of their agencies or an agency above it; for a
     * province-wide officer ({@value AgencyScope#ALL}), every plugin enabled anywhere. Empty when nobody is signed in.
     */
    @Transactional
    public Set<String> enabledForMe() {
        if (!currentUser.isSignedIn()) {
            return Set.of();
        }
        List<String> ids = scope.unrestricted()
                ? em.createQuery("select distinct pa.pluginId from PluginAgency pa", String.class)
                        .getResultList()
                : em.createQuery(
                                "select distinct pa.pluginId from PluginAgency pa, Agency enabled, Officer o"
                                        + " join o.agencies mine where o.id = :me and enabled.id = pa.agencyId"
                                        + " and mine.path like concat(enabled.path, '%')",
                                String.class)
                        .setParameter("me", currentUser.require().id())
                        .getResultList();
        return installedOnly(ids);
    }

    /** Installed plugins enabled for this agency (for it or an agency above it), e.g. for online submission. */
    @Transactional
    public Set<String> enabledFor(long agencyId) {
        List<String> ids = em.createQuery(
                        "select distinct pa.pluginId from PluginAgency pa, Agency enabled, Agency here"
                                + " where here.id = :agency and enabled.id = pa.agencyId"
                                + " and here.path like concat(enabled.path, '%')",
                        String.class)
                .setParameter("agency", agencyId)
                .getResultList();
        return installedOnly(ids);
    }

    private Set<String> installedOnly(List<String> ids) {
        var installed = new TreeSet<String>();
        for (String id : ids) {
            if (registry.find(id).isPresent()) {
                installed.add(id);
            }
        }
        return Set.copyOf(installed);
    }

    private PluginDescriptor installed(String pluginId) {
        return registry.find(pluginId).orElseThrow(() -> new DomainException("directory.plugin.notInstalled"));
    }
}
