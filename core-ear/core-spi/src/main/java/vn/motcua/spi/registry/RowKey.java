package vn.motcua.spi.registry;

import java.io.Serializable;

/**
 * A row's stable key in a lazy table (selection, row expansion), usually its id: {@code Licence::getId}.
 *
 * @param <T> the row type
 * @since 0.1.0
 */
@FunctionalInterface
public interface RowKey<T> extends Serializable {

    Object of(T row);
}
