/**
 * The core's side of the registry SPI ({@link vn.motcua.spi.registry}): a plugin's {@code RegistryQuery} put together
 * with the officer's agency scope and run paged in the database ({@code control.RegistryStatement}), PrimeFaces' lazy
 * table and download around it ({@code boundary}), and the streamed Excel writer ({@code control.SheetWriter}).
 */
package vn.motcua.platform.registry;
