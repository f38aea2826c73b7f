package vn.motcua.tools.generator;

import java.util.List;

/** A table the generator writes: its name and the columns it fills, in the order of the rows' values. */
record Table(String name, List<String> columns) {

    Table(String name, String... columns) {
        this(name, List.of(columns));
    }

    String insert() {
        return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
    }
}
