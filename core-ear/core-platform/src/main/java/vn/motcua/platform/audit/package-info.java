/**
 * The audit trail: an append-only record of who did what to what, when, from which client, with the state before and
 * after. Components write it through {@link vn.motcua.platform.audit.boundary.AuditTrail} (inject it, call
 * {@code record(action, target, before, after)} inside the facade method that makes the change); the auditor reads
 * it through {@link vn.motcua.platform.audit.boundary.AuditLog} ({@code audit:view}) on {@code /admin/audit.xhtml}.
 *
 * <p>Decisions: a row joins the caller's transaction, so it exists exactly when the change does; logins, which have
 * no transaction of their own, get one each. The entity's columns are not updatable and no code path deletes a row;
 * the database table may additionally be protected by a DENY on UPDATE and DELETE. The client is kept as the same
 * key the public pages' limits use (an HMAC of its address with the installation's secret), enough to link one
 * client's events, never the address itself. Actions are stable strings {@code <component>.<thing>.<verb>}; their labels live in the bundle as
 * {@code audit.action.<action>}.
 */
package vn.motcua.platform.audit;
