/**
 * Who works where: administrative units and agencies as trees of any depth (the 2025 two-level reform is just a
 * shallower tree), counters, officers, roles with Shiro wildcard permissions, and the realm that logs officers in.
 *
 * <p>Decisions: trees keep a materialised path ({@code /1/5/12/}) so "this agency and everything under it" is one
 * indexed {@code LIKE} in SQL, never a recursive walk in Java. An officer's agency scope is their member agencies and
 * everything under them; holders of {@code scope:all} (provincial admins) see everything. Scope is applied inside
 * every query (see {@code AgencyScope}), permissions on every facade method. People are deactivated, never deleted.
 *
 * <p>Rights cannot be raised: nobody hands out (on a role or through a role) a permission they do not hold, only
 * provincial role admins ({@code scope:all} + {@code directory:role:edit}) edit roles, and an admin never manages an
 * officer who holds more than they do or who also works outside their scope. Every change of an officer's rights or
 * status bumps a stamp on their row, which their open sessions check on each request; logins are counted by
 * conditional UPDATEs so the lockout holds across servers. Every such change is written to the audit trail.
 */
package vn.motcua.directory;
