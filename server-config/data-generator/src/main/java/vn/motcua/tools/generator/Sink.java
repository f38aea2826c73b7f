package vn.motcua.tools.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where generated rows go: batched JDBC inserts (flushed in load order, so foreign keys hold) and, when asked, one
 * tab-separated UTF-8 file per table for SQL Server's bcp in character mode ({@code -c -C 65001}): no header, an empty
 * field is NULL, BIT as 1/0, DATETIME2 as {@code yyyy-MM-dd HH:mm:ss}.
 */
final class Sink implements AutoCloseable {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Connection connection;
    private final Map<Table, PreparedStatement> inserts = new LinkedHashMap<>();
    private final Map<Table, BufferedWriter> files = new LinkedHashMap<>();
    private final Map<Table, Long> counts = new LinkedHashMap<>();

    Sink(Connection connection, Path tsvDirectory) throws SQLException, IOException {
        this.connection = connection;
        for (Table t : Tables.ALL) {
            counts.put(t, 0L);
            if (connection != null) inserts.put(t, connection.prepareStatement(t.insert()));
            if (tsvDirectory != null) {
                files.put(t, Files.newBufferedWriter(tsvDirectory.resolve(t.name() + ".tsv"), StandardCharsets.UTF_8));
            }
        }
    }

    void add(Table table, Object[] row) {
        if (row.length != table.columns().size()) {
            throw new IllegalStateException(table.name() + ": " + row.length + " values for " + table.columns());
        }
        counts.merge(table, 1L, Long::sum);
        try {
            PreparedStatement ps = inserts.get(table);
            if (ps != null) {
                for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                ps.addBatch();
            }
            BufferedWriter w = files.get(table);
            if (w != null) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) w.write('\t');
                    w.write(field(row[i]));
                }
                w.write('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the batches, parents before children. */
    void flush() throws SQLException {
        for (PreparedStatement ps : inserts.values()) ps.executeBatch();
    }

    void commit() throws SQLException {
        flush();
        if (connection != null) connection.commit();
    }

    Map<Table, Long> counts() {
        return counts;
    }

    static String field(Object value) {
        if (value == null) return "";
        if (value instanceof Boolean b) return b ? "1" : "0";
        if (value instanceof LocalDateTime t) return MOMENT.format(t);
        if (value instanceof LocalDate d) return d.toString();
        String s = value.toString();
        if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.isEmpty()) {
            throw new IllegalArgumentException("not loadable by bcp -c (tab, line break or empty text): " + s);
        }
        return s;
    }

    @Override
    public void close() throws SQLException, IOException {
        for (PreparedStatement ps : inserts.values()) ps.close();
        for (BufferedWriter w : files.values()) w.close();
    }
}
