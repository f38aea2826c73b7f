/**
 * The plugin contract. Department plugins compile against this module only; the core implements and consumes it.
 *
 * <p>Decisions: the contract holds interfaces, records, enums, qualifiers and exceptions, never beans, so that a
 * plugin cannot reach core internals and the core never names a plugin. Plugins are found with CDI
 * ({@code @Any Instance<T>} plus {@link vn.motcua.spi.Plugin.Literal}), not with static registries.
 *
 * <p>What the core offers plugins, as beans to inject: who is acting ({@link vn.motcua.spi.context.OfficerContext}),
 * dossiers ({@link vn.motcua.spi.context.DossierLookup}), result PDFs ({@link vn.motcua.spi.document.ResultRenderer}),
 * locked, gap-free result numbers ({@link vn.motcua.spi.numbering.ResultNumbers}) — a plugin keeps no counter table
 * of its own — and registries ({@link vn.motcua.spi.registry.Registries}): lazy tables and Excel exports paged in the
 * database and kept to the officer's agencies by the core.
 */
package vn.motcua.spi;
