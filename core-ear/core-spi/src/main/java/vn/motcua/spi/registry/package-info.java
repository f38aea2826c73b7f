/**
 * Registries of what a plugin issued (licences, decisions, badges, beneficiaries): a lazy table paged, sorted, counted
 * and filtered in the database, and a streamed Excel export, both kept to the officer's agencies by the core. A plugin
 * describes its query ({@link vn.motcua.spi.registry.RegistryQuery}) and the workbook's columns
 * ({@link vn.motcua.spi.registry.RegistrySheet}); the core's {@link vn.motcua.spi.registry.Registries} runs them.
 *
 * <p>Decision: no PrimeFaces or POI type in this package. The SPI is a compile-time contract checked for
 * compatibility release after release; PrimeFaces changed {@code LazyDataModel}'s abstract methods in three of its last
 * five majors, and a plugin would then be bound to one PrimeFaces version. The core's objects behind
 * {@link vn.motcua.spi.registry.RegistryTable} and {@link vn.motcua.spi.registry.RegistryFile} are PrimeFaces'
 * {@code LazyDataModel} and {@code StreamedContent}, so a page binds them as such ({@code p:dataTable value=},
 * {@code p:fileDownload value=}) and the plugin needs neither library on its class path.
 */
package vn.motcua.spi.registry;
