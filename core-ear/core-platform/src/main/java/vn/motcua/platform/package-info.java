/**
 * The platform every business component and plugin stands on: plugin discovery, validation and activation; the
 * database migrations; security wiring (Shiro) and the permission interceptor; one merged message bundle; paging;
 * and the error handling that keeps stack traces away from users.
 *
 * <p>Decisions: boot is a fixed sequence on the CDI {@code Startup} event (validate plugins, migrate the schema,
 * then let components initialise data), so that nothing touches JPA before Flyway has run. The platform never names
 * a business component or a plugin; it finds what it needs through CDI.
 */
package vn.motcua.platform;
