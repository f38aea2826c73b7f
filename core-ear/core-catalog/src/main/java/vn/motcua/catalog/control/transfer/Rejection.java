package vn.motcua.catalog.control.transfer;

import java.io.Serializable;
import java.util.List;

/**
 * A line of the workbook that was not imported: where (sheet, Excel line number), which procedure, and why (a message
 * key of {@code catalog.transfer.reason.*} or of the catalog's rules, with its arguments as text).
 */
public record Rejection(String sheet, int line, String nationalCode, String reasonKey, List<String> arguments)
        implements Serializable {

    public Rejection {
        arguments = List.copyOf(arguments);
    }

    public static Rejection of(SheetRow row, String reasonKey, Object... arguments) {
        return new Rejection(
                row.sheet(),
                row.line(),
                row.code(),
                reasonKey,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** The arguments for {@code Messages.text}. */
    public Object[] args() {
        return arguments.toArray();
    }
}
