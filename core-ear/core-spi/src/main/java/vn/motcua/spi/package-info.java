/**
 * The plugin contract. Department plugins compile against this module only; the core implements and consumes it.
 *
 * <p>Decisions: the contract holds interfaces, records, enums, qualifiers and exceptions, never beans, so that a
 * plugin cannot reach core internals and the core never names a plugin. Plugins are found with CDI
 * ({@code @Any Instance<T>} plus {@link vn.motcua.spi.Plugin.Literal}), not with static registries.
 */
package vn.motcua.spi;
