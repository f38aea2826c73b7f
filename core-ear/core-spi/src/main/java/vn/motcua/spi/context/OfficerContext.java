package vn.motcua.spi.context;

import java.util.Optional;
import java.util.Set;

/**
 * Who is acting, as plugins may know it. The core provides the bean; a plugin injects it
 * ({@code @Inject OfficerContext officer}) to scope its own queries and to check permissions on its pages.
 *
 * <p>What the core guarantees: the answers are those of the current request's signed-in officer (none in the online
 * portal or on a background thread); {@link #agencyIdsInScope()} is what the core itself applies to dossiers, so a
 * plugin filtering its rows by it shows a department's data only to that department's officers.
 *
 * @since 0.1.0
 */
public interface OfficerContext {

    /** The signed-in officer's id, if any. */
    Optional<Long> officerId();

    /** The officer's display name, or an empty string. */
    String displayName();

    /** The officer's own agency's id, if signed in. */
    Optional<Long> agencyId();

    /**
     * Ids of the agencies whose data the officer may see: their agency and every agency below it; every agency for a
     * province-wide role. Empty when nobody is signed in.
     */
    Set<Long> agencyIdsInScope();

    /** Whether the officer holds the permission (Shiro wildcard semantics, e.g. {@code licensing:licence:revoke}). */
    boolean permitted(String permission);

    /** Whether the plugin is enabled for the officer's agency (the per-agency switch). */
    boolean pluginEnabled(String pluginId);
}
