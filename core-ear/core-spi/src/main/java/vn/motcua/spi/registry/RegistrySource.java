package vn.motcua.spi.registry;

import java.io.Serializable;

/**
 * Where a lazy table gets its query: called on every request the table loads, so the query always carries the filter
 * bar's current values. Serializable because the view-scoped page that holds the table is: capture only serializable
 * values (the filter bean, CDI client proxies), e.g. {@code () -> LicenceQueries.registry(filter)}.
 *
 * @param <T> the row type
 * @since 0.1.0
 */
@FunctionalInterface
public interface RegistrySource<T> extends Serializable {

    RegistryQuery<T> query();
}
