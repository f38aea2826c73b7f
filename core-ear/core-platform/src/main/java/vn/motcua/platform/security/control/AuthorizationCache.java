package vn.motcua.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.shiro.cache.CacheManager;
import org.apache.shiro.cache.MemoryConstrainedCacheManager;

/**
 * Caches each signed-in user's roles and permissions so that a page full of permission checks costs no query.
 * Emptied whenever roles, permissions or an officer's roles change ({@link AuthorizationChanged}). The cache is per
 * server: on a cluster, another node sees a change at the user's next login at the latest.
 */
@ApplicationScoped
public class AuthorizationCache {

    private final MemoryConstrainedCacheManager cacheManager = new MemoryConstrainedCacheManager();

    public CacheManager cacheManager() {
        return cacheManager;
    }

    void clear(@Observes AuthorizationChanged change) throws Exception {
        cacheManager.destroy(); // drops every cache; they are recreated empty on next use
    }
}
