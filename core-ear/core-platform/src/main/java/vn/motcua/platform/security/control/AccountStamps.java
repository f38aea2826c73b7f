package vn.motcua.platform.security.control;

import java.util.Optional;

/**
 * Where the platform reads an account's current {@link AccountStamp}: implemented by the component that owns the
 * accounts (core-directory for officers), read once per request by {@link SessionGuard}. Must read the database, not
 * a cache, so that every server of a cluster sees a change at once.
 */
public interface AccountStamps {

    /** The account's stamp now, or empty when it may no longer be signed in (deactivated or gone). */
    Optional<AccountStamp> current(long accountId);
}
