package vn.motcua.spi.registry;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A plugin entity's folded search column, declared by {@link vn.motcua.spi.DepartmentPlugin#searchColumns()}, so
 * that its registry finds "Nguyễn Văn" when an officer types "Nguyen Van". Three parts, all the plugin's:
 *
 * <ol>
 *   <li>a migration adds the column, nullable, and its index:
 *       {@code ALTER TABLE licensing_licence ADD search_text NVARCHAR(300) NULL;
 *       CREATE INDEX ix_licensing_licence_search_text ON licensing_licence (search_text);}
 *   <li>the entity writes it with the row, from {@code @PrePersist} and {@code @PreUpdate}:
 *       {@code searchText = FoldedText.of(300, holderName, holderIdNumber);}
 *   <li>the registry's query filters on it: {@code .containsFolded(filter.getHolder(), "l.searchText")}.
 * </ol>
 *
 * <p>What the core does with the declaration: when the portal starts, after the migrations, it fills the column of
 * every row where it is still {@code null} (rows written before the column existed, or by SQL), calling {@link #fill}
 * on each, 500 rows per transaction; a failure is logged and the rest is filled at the next start. Folding is done in
 * Java, never in SQL, because it needs Java's Unicode tables and neither dialect has the same ones.
 *
 * @param entity the JPA entity class
 * @param attribute the entity attribute holding the folded text, e.g. {@code "searchText"}; {@code null} means "not
 *     folded yet"
 * @param fill writes the folded text (and any other folded column of the entity) on a loaded row
 * @param <T> the entity type
 * @since 0.1.0
 */
public record SearchColumn<T>(Class<T> entity, String attribute, Consumer<? super T> fill) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public SearchColumn {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(fill, "fill");
        if (attribute == null || !NAME.matcher(attribute).matches()) {
            throw new IllegalArgumentException("Not an entity attribute: " + attribute);
        }
    }

    /** The usual declaration: the attribute {@code searchText}. */
    public static <T> SearchColumn<T> of(Class<T> entity, Consumer<? super T> fill) {
        return new SearchColumn<>(entity, "searchText", fill);
    }
}
