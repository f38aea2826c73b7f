package vn.motcua.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import vn.motcua.platform.cache.boundary.CacheVersions;
import vn.motcua.platform.cache.boundary.VersionedCache;
import vn.motcua.platform.security.control.SessionGuard;
import vn.motcua.platform.security.control.SignedInUser;

/**
 * What every request of a signed-in officer read from the directory, kept on this server: the paths of the agencies
 * the officer belongs to (the scope of every list, {@link AgencyScope}) and where plugins are switched on and where
 * counters receive on behalf of others ({@code PluginSwitches}). Before, a worklist or dossier page sent three to five
 * such queries per request (JFR: about 5 % of the officers' samples in {@code PluginSwitches} alone).
 *
 * <p>Cluster-correct as the working calendar: the switches and the agencies' paths are one {@link VersionedCache} on
 * the version row {@value #CACHE}, bumped ({@link #changed}) in the transaction of every change of agencies (created,
 * moved, merged, switched on or off), of counters and of plugin switches; each server reads that row at most once a
 * second. An officer's own agencies are kept per officer under the officer's rights stamp, which {@code SessionGuard}
 * reads from the database on every request and which moves with every change of the officer's agencies or roles,
 * and under the tree they were read with: a change shows at the next request on every server.
 */
@ApplicationScoped
public class DirectoryCache {

    /** The name of the row in {@code cache_version} (V60). */
    public static final String CACHE = "directory";

    @PersistenceContext
    EntityManager em;

    @Inject
    CacheVersions versions;

    private final VersionedCache<Tree> tree = new VersionedCache<>();
    private final ConcurrentMap<Long, Mine> officers = new ConcurrentHashMap<>();

    /**
     * The switches and counters as this server knows them.
     *
     * @param plugins the paths of the agencies each plugin is switched on for (installed or not)
     * @param counters for each counter that receives on behalf of others: its agency's path and one path it receives for
     */
    public record Tree(Map<String, List<String>> plugins, List<Reception> counters) {

        /** A counter at the agency {@code counterPath} receives for the agency {@code behalfPath}. */
        public record Reception(String counterPath, String behalfPath) {}

        /** Plugins switched on for one of these agencies or an agency above one of them. */
        public Set<String> enabledFor(Collection<String> paths) {
            var found = new TreeSet<String>();
            plugins.forEach((plugin, enabled) -> {
                if (enabled.stream().anyMatch(e -> paths.stream().anyMatch(p -> p.startsWith(e)))) {
                    found.add(plugin);
                }
            });
            return found;
        }

        /** Plugins switched on anywhere. */
        public Set<String> enabledAnywhere() {
            return new TreeSet<>(plugins.keySet());
        }

        /**
         * The paths counters at these agencies or under them receive for: their own agencies' plugins aside, what
         * the counters of my agencies receive on behalf of others.
         */
        public List<String> receivedForAt(Collection<String> paths) {
            return counters.stream()
                    .filter(c -> paths.stream().anyMatch(c.counterPath()::startsWith))
                    .map(Reception::behalfPath)
                    .distinct()
                    .toList();
        }
    }

    /** An officer's agencies as read under a rights stamp and a tree. */
    private record Mine(Tree tree, int rights, List<String> paths, List<String> activePaths) {}

    /**
     * The tree, read again when its version row has moved (checked at most once a second). No transaction of its
     * own: a kept answer costs nothing, a read is a plain query (and the version row's read has its own).
     */
    public Tree tree() {
        return tree.get(() -> versions.current(CACHE), this::readTree);
    }

    /** Paths of every agency the officer belongs to. */
    public List<String> paths(long officerId) {
        return mine(officerId).paths();
    }

    /** Paths of the active agencies the officer belongs to. */
    public List<String> activePaths(long officerId) {
        return mine(officerId).activePaths();
    }

    /**
     * Marks a change of what the tree holds, in the caller's transaction (the change and the bump commit together);
     * this server reads it again at its next use, the others within a second.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed() {
        versions.bump(CACHE);
        tree.forget();
    }

    private Mine mine(long officerId) {
        Tree now = tree();
        int rights = rightsOfCurrentSession(officerId);
        Mine kept = officers.get(officerId);
        if (kept != null && rights >= 0 && kept.rights() == rights && kept.tree() == now) {
            return kept;
        }
        var paths = new ArrayList<String>();
        var active = new ArrayList<String>();
        for (Object[] row : em.createQuery(
                        "select a.path, a.active from Officer o join o.agencies a where o.id = :me", Object[].class)
                .setParameter("me", officerId)
                .getResultList()) {
            paths.add((String) row[0]);
            if (Boolean.TRUE.equals(row[1])) {
                active.add((String) row[0]);
            }
        }
        Mine read = new Mine(now, rights, List.copyOf(paths), List.copyOf(active));
        if (rights >= 0) {
            officers.put(officerId, read);
        }
        return read;
    }

    /**
     * The rights stamp the current request checked against the database (SessionGuard: every request of a signed-in
     * officer), or -1 when the officer is not the one signed in on this thread: then nothing is kept.
     */
    private static int rightsOfCurrentSession(long officerId) {
        Subject subject;
        try {
            subject = SecurityUtils.getSubject();
        } catch (UnavailableSecurityManagerException outsideARequest) {
            return -1;
        }
        if (subject == null || !subject.isAuthenticated() || subject.getPrincipals() == null) {
            return -1;
        }
        SignedInUser user = subject.getPrincipals().oneByType(SignedInUser.class);
        return user == null || user.id() != officerId ? -1 : SessionGuard.rights(subject.getPrincipals());
    }

    private Tree readTree() {
        var plugins = new LinkedHashMap<String, List<String>>();
        for (Object[] row : em.createQuery(
                        "select pa.pluginId, a.path from PluginAgency pa, Agency a where a.id = pa.agencyId"
                                + " order by pa.pluginId, a.path",
                        Object[].class)
                .getResultList()) {
            plugins.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        plugins.replaceAll((k, v) -> List.copyOf(v));
        List<Tree.Reception> counters = em.createQuery(
                        "select c.agency.path, behalf.path from Counter c join c.receivesFor behalf", Object[].class)
                .getResultStream()
                .map(r -> new Tree.Reception((String) r[0], (String) r[1]))
                .toList();
        return new Tree(Map.copyOf(plugins), counters);
    }
}
