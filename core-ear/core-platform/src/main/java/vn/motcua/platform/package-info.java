/**
 * The platform every business component and plugin stands on: plugin discovery, validation and activation; the
 * database migrations; security wiring (Shiro) and the permission interceptor; one merged message bundle; paging;
 * and the error handling that keeps stack traces away from users.
 *
 * <p>Decisions: boot is a fixed sequence on the CDI {@code Startup} event (validate plugins, migrate the schema,
 * then let components initialise data), so that nothing touches JPA before Flyway has run. The platform never names
 * a business component or a plugin; it finds what it needs through CDI.
 *
 * <p>Security decisions: permissions are cached per account and {@code AccountStamp}, and {@code SessionGuard}
 * compares the session's stamp with the database's on every request, so a change of rights, a deactivation or a new
 * password applies at once on every server without a cluster-wide cache to empty (the accounts' owner implements
 * {@code AccountStamps}). Failed logins look alike in message and time ({@code DecoyPassword}). Password rules follow
 * ASVS 2.1 ({@code Passwords}: length and a guessability estimate, no composition rules). The audit trail lives in
 * {@code vn.motcua.platform.audit}.
 */
package vn.motcua.platform;
