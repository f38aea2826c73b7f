package vn.motcua.platform.security.control;

import java.io.Serializable;

/**
 * The two counters an account's row carries in the database, which every change bumps: {@code rights} when what
 * the account may do changes (roles, their permissions, agencies), {@code sessions} when its open sessions must end
 * (deactivation, a new password). A session keeps the copy it last saw; {@link SessionGuard} compares the two on
 * every request.
 */
public record AccountStamp(int rights, int sessions) implements Serializable {}
