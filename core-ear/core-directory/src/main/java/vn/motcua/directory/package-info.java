/**
 * Who works where: administrative units and agencies as trees of any depth (the 2025 two-level reform is just a
 * shallower tree), counters, officers, roles with Shiro wildcard permissions, and the realm that logs officers in.
 *
 * <p>Decisions: trees keep a materialised path ({@code /1/5/12/}) so "this agency and everything under it" is one
 * indexed {@code LIKE} in SQL, never a recursive walk in Java. An officer's agency scope is their member agencies and
 * everything under them; holders of {@code scope:all} (provincial admins) see everything. Scope is applied inside
 * every query (see {@code AgencyScope}), permissions on every facade method. People are deactivated, never deleted.
 */
package vn.motcua.directory;
