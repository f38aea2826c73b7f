package vn.motcua.spi.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The columns of a registry's Excel export: a heading and a value per column, in order, with optional title lines
 * above the table, a running number (STT) and a total line. Headings, the sheet name, the title lines and the total
 * label are message keys of the portal's bundle, shown in the officer's language; a text that is no key is written as
 * it is, so {@code "Họ và tên"} works too.
 *
 * <p>What the core writes: headings bold on a shaded, frozen row; every cell bordered; a {@code LocalDate} as a real
 * date shown {@code dd/MM/yyyy}; a {@code Number} as a number ({@link #money} as {@code #,##0}); anything else as text
 * ({@code String.valueOf}, so numbers with leading zeros stay text); {@code null} as an empty cell. Columns are 18
 * characters wide unless {@link #width} says otherwise.
 *
 * @param <T> the row type of the {@link RegistryQuery} exported
 * @since 0.1.0
 */
public final class RegistrySheet<T> {

    /** How a column's values are formatted. */
    public enum Format {
        TEXT,
        DATE,
        NUMBER,
        MONEY
    }

    /** One column. */
    public record Column<T>(String heading, Format format, int width, boolean summed, Function<? super T, ?> value) {
        public Column {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(value, "value");
        }
    }

    private final String name;
    private final List<String> title = new ArrayList<>();
    private final List<Column<T>> columns = new ArrayList<>();
    private String numbered;
    private String totalLabel;

    private RegistrySheet(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    /** A sheet with this name (key or text; cut to Excel's 31 characters). */
    public static <T> RegistrySheet<T> named(String name) {
        return new RegistrySheet<>(name);
    }

    /** Lines above the table (the first one bold), e.g. the list's title, its month, who prepared it. */
    public RegistrySheet<T> title(String... lines) {
        title.addAll(List.of(lines));
        return this;
    }

    /** A first column numbering the rows 1, 2, 3… (e.g. {@code "STT"}). */
    public RegistrySheet<T> numbered(String heading) {
        this.numbered = Objects.requireNonNull(heading, "heading");
        return this;
    }

    public RegistrySheet<T> text(String heading, Function<? super T, ?> value) {
        return add(heading, Format.TEXT, value);
    }

    public RegistrySheet<T> date(String heading, Function<? super T, ?> value) {
        return add(heading, Format.DATE, value);
    }

    public RegistrySheet<T> number(String heading, Function<? super T, ?> value) {
        return add(heading, Format.NUMBER, value);
    }

    /** Amounts in đồng, {@code #,##0}. */
    public RegistrySheet<T> money(String heading, Function<? super T, ?> value) {
        return add(heading, Format.MONEY, value);
    }

    /** The width of the column added last, in characters. */
    public RegistrySheet<T> width(int characters) {
        Column<T> last = last();
        columns.set(
                columns.size() - 1,
                new Column<>(last.heading(), last.format(), characters, last.summed(), last.value()));
        return this;
    }

    /** Adds up the column added last (numbers) into the total line and {@link RegistryExport#totals()}. */
    public RegistrySheet<T> summed() {
        Column<T> last = last();
        columns.set(columns.size() - 1, new Column<>(last.heading(), last.format(), last.width(), true, last.value()));
        return this;
    }

    /**
     * A line after the rows: this label (key or text, {@code {0}} = the number of rows, e.g. {@code "Tổng cộng: {0}
     * người"}) in the first column after the running number, and the sums of the {@link #summed()} columns.
     */
    public RegistrySheet<T> totalLine(String label) {
        this.totalLabel = Objects.requireNonNull(label, "label");
        return this;
    }

    public String name() {
        return name;
    }

    public List<String> titleLines() {
        return List.copyOf(title);
    }

    /** The running number's heading, or {@code null}. */
    public String numberedHeading() {
        return numbered;
    }

    public List<Column<T>> columns() {
        return List.copyOf(columns);
    }

    /** The total line's label, or {@code null} for none. */
    public String totalLabel() {
        return totalLabel;
    }

    private RegistrySheet<T> add(String heading, Format format, Function<? super T, ?> value) {
        columns.add(new Column<>(heading, format, 18, false, value));
        return this;
    }

    private Column<T> last() {
        if (columns.isEmpty()) {
            throw new IllegalStateException("No column yet");
        }
        return columns.get(columns.size() - 1);
    }
}
