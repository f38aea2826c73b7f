package vn.motcua.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.control.DirectoryCache;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.PluginAgency;
import vn.motcua.platform.plugin.boundary.PluginClaims;
import vn.motcua.platform.plugin.boundary.PluginRegistry;
import vn.motcua.platform.plugin.control.PluginDescriptor;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * The per-agency switch of department plugins (the install switch is configuration, see {@code PluginInstallation}).
 * A plugin enabled for an agency is enabled for every agency below it. What officers' pages ask on every request
 * (which plugins are on for me, at my counters) is answered from {@link DirectoryCache}: each switch bumps its version
 * row in the same transaction, so a change shows on this server at once and on every other within a second;
 * {@link PluginsHere} remembers the answer for one request.
 */
@ApplicationScoped
public class PluginSwitches {

    /** The permission that switches plugins (provincial admins). */
    public static final String ENABLE = "plugin:enable";

    @jakarta.inject.Inject
    vn.motcua.platform.audit.boundary.AuditTrail audit;

    /**
     * A plugin and the agencies it is enabled for. A plugin that is not {@code installed} (uninstalled by
     * configuration) is shown with the procedures it still owns; it cannot be switched, and its title is its id.
     *
     * @param procedures the national codes of the catalog procedures it owns
     */
    public record PluginState(
            String id,
            String title,
            String minCoreVersion,
            List<String> permissions,
            Map<Long, String> agencies,
            boolean installed,
            List<String> procedures) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PluginRegistry registry;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    PluginClaims claims;

    @Inject
    DirectoryCache directory;

    /**
     * Every installed plugin with the agencies (id → name) it is enabled for and the procedures it owns; then, by id,
     * the plugins that are not installed but still own procedures or are listed as uninstalled.
     */
    @Transactional
    @RequiresPermissions(ENABLE)
    public List<PluginState> plugins(Locale locale) {
        List<Object[]> rows = em.createQuery(
                        "select pa.pluginId, a.id, a.name from PluginAgency pa, Agency a where a.id = pa.agencyId"
                                + " order by a.path",
                        Object[].class)
                .getResultList();
        Map<String, List<String>> owned = claims.byPlugin();
        var states = new ArrayList<PluginState>();
        for (PluginDescriptor p : registry.installed()) {
            states.add(new PluginState(
                    p.id(),
                    registry.title(p.id(), locale),
                    p.minCoreVersion(),
                    p.permissions(),
                    agencies(rows, p.id()),
                    true,
                    owned.getOrDefault(p.id(), List.of())));
        }
        var notInstalled = new TreeSet<>(owned.keySet());
        notInstalled.addAll(claims.uninstalled());
        for (String id : notInstalled) {
            if (registry.find(id).isEmpty()) {
                states.add(new PluginState(
                        id, id, null, List.of(), agencies(rows, id), false, owned.getOrDefault(id, List.of())));
            }
        }
        return List.copyOf(states);
    }

    private static Map<Long, String> agencies(List<Object[]> rows, String pluginId) {
        var agencies = new LinkedHashMap<Long, String>();
        rows.stream().filter(r -> pluginId.equals(r[0])).forEach(r -> agencies.put((Long) r[1], (String) r[2]));
        return agencies;
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
            directory.changed();
            audit.record("directory.plugin.enable", "plugin " + pluginId, null, "agency " + agency.getCode());
        }
    }

    @Transactional
    @RequiresPermissions(ENABLE)
    public void disable(String pluginId, long agencyId) {
        installed(pluginId);
        PluginAgency row = em.find(PluginAgency.class, new PluginAgency.Key(pluginId, agencyId));
        if (row != null) {
            em.remove(row);
            directory.changed();
            audit.record("directory.plugin.disable", "plugin " + pluginId, "agency " + agencyId, null);
        }
    }

    /**
     * Installed plugins enabled for the signed-in officer: for one of their agencies or an agency above it; for a
     * province-wide officer ({@value AgencyScope#ALL}), every plugin enabled anywhere. Empty when nobody is signed in.
     */
    public Set<String> enabledForMe() {
        if (!currentUser.isSignedIn()) {
            return Set.of();
        }
        DirectoryCache.Tree tree = directory.tree();
        return installedOnly(
                scope.unrestricted()
                        ? tree.enabledAnywhere()
                        : tree.enabledFor(directory.paths(currentUser.require().id())));
    }

    /**
     * Installed plugins whose procedures the signed-in officer's counters receive: those enabled for the officer
     * ({@link #enabledForMe}) and those enabled for an agency that a counter of the officer's agencies receives for on
     * its behalf (or an agency above it), e.g. the service centre's desk receiving for a department. Menus and a
     * plugin's own screens keep to {@link #enabledForMe}.
     */
    public Set<String> enabledAtMyCounters() {
        if (!currentUser.isSignedIn() || scope.unrestricted()) {
            return enabledForMe();
        }
        DirectoryCache.Tree tree = directory.tree();
        var all = new TreeSet<>(enabledForMe());
        all.addAll(installedOnly(tree.enabledFor(
                tree.receivedForAt(directory.paths(currentUser.require().id())))));
        return Set.copyOf(all);
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

    /**
     * Paths of the agencies an installed plugin is enabled for (it then serves them and everything under them); empty
     * when it is not installed. One query: the online portal filters the places of a procedure with it.
     */
    @Transactional
    public List<String> enabledPaths(String pluginId) {
        if (registry.find(pluginId).isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a.path from PluginAgency pa, Agency a where a.id = pa.agencyId and pa.pluginId = :id",
                        String.class)
                .setParameter("id", pluginId)
                .getResultList();
    }

    private Set<String> installedOnly(java.util.Collection<String> ids) {
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
