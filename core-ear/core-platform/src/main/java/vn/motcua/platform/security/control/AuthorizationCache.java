package vn.motcua.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.shiro.cache.Cache;
import org.apache.shiro.cache.CacheManager;
import org.apache.shiro.cache.MapCache;
import org.apache.shiro.lang.util.SoftHashMap;

/**
 * Caches each signed-in user's roles and permissions so that a page full of permission checks costs no query. What
 * keeps it right is the key, not the emptying: realms key an account's entry by its id and its current
 * {@link AccountStamp#rights()} stamp ({@link SessionGuard#rights}), so after a change every session, on every
 * server, looks up a new key and reads the database again. On an {@link AuthorizationChanged} this server's entries
 * are also dropped, to free the memory (Shiro's {@code destroy()} would only forget the caches while the realm kept
 * using its own, which is why the old code never emptied anything).
 */
@ApplicationScoped
public class AuthorizationCache {

    private final Map<String, Cache<Object, Object>> caches = new ConcurrentHashMap<>();

    private final CacheManager cacheManager = new CacheManager() {
        @Override
        @SuppressWarnings("unchecked")
        public <K, V> Cache<K, V> getCache(String name) {
            return (Cache<K, V>) caches.computeIfAbsent(name, n -> new MapCache<>(n, new SoftHashMap<>()));
        }
    };

    public CacheManager cacheManager() {
        return cacheManager;
    }

    /** How many entries this server holds (for tests and diagnostics). */
    public int size() {
        return caches.values().stream().mapToInt(Cache::size).sum();
    }

    void clear(@Observes AuthorizationChanged change) {
        caches.values().forEach(Cache::clear);
    }
}
