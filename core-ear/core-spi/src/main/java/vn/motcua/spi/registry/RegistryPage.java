package vn.motcua.spi.registry;

import java.util.List;

/**
 * One page of a registry and how many rows match its filter in all (within the officer's scope).
 *
 * @param <T> the row type
 * @since 0.1.0
 */
public record RegistryPage<T>(List<T> rows, long total) {

    public RegistryPage {
        rows = List.copyOf(rows);
    }

    public static <T> RegistryPage<T> empty() {
        return new RegistryPage<>(List.of(), 0);
    }
}
