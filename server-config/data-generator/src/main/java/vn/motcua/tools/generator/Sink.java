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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Where generated rows go: batched JDBC inserts (flushed in load order, so foreign keys hold) and, when asked, one
 * tab-separated UTF-8 file per table for SQL Server's bcp in character mode ({@code -c -C 65001}): no header, an empty
 * field is NULL, BIT as 1/0, DATETIME2 as {@code yyyy-MM-dd HH:mm:ss}.
 *
 * <p>The inserts run on a writer thread of their own: the caller's rows are collected per table and handed over at
 * each {@link #flush()} (a few batches may wait in a short queue), so generating the next dossiers (the stories, the
 * working clock, the report rules, the bcp files) runs on one core while the embedded H2 writes the previous ones on
 * the other. A write that fails stops the run at the next call.
 */
final class Sink implements AutoCloseable {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Flushed batches the writer may have waiting: enough to smooth the two threads, little heap. */
    private static final int QUEUE = 4;

    private final Connection connection;
    private final Map<Table, PreparedStatement> inserts = new LinkedHashMap<>();
    private final Map<Table, BufferedWriter> files = new LinkedHashMap<>();
    private final Map<Table, Long> counts = new LinkedHashMap<>();
    private Map<Table, List<Object[]>> pending = new LinkedHashMap<>();
    private final BlockingQueue<Work> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread writer;
    private volatile Throwable failure;

    /** What the writer does next: these rows (in load order), then a commit if asked, then a signal if asked. */
    private record Work(Map<Table, List<Object[]>> rows, boolean commit, CountDownLatch done, boolean last) {}

    Sink(Connection connection, Path tsvDirectory) throws SQLException, IOException {
        this.connection = connection;
        for (Table t : Tables.ALL) {
            counts.put(t, 0L);
            if (connection != null) inserts.put(t, connection.prepareStatement(t.insert()));
            if (tsvDirectory != null) {
                files.put(t, Files.newBufferedWriter(tsvDirectory.resolve(t.name() + ".tsv"), StandardCharsets.UTF_8));
            }
        }
        writer = new Thread(this::write, "generator-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void add(Table table, Object[] row) {
        if (row.length != table.columns().size()) {
            throw new IllegalStateException(table.name() + ": " + row.length + " values for " + table.columns());
        }
        counts.merge(table, 1L, Long::sum);
        try {
            if (connection != null)
                pending.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
            BufferedWriter w = files.get(table);
            if (w != null) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) w.write('\t');
                    w.write(field(row[i]));
                }
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands the rows collected so far to the writer, which sends them as batches, parents before children. */
    void flush() throws SQLException {
        hand(false, null, false);
    }

    /** The same, then a commit on the writer. */
    void commit() throws SQLException {
        hand(true, null, false);
    }

    /** Commits everything handed so far and waits until the writer has: the caller may then use the connection. */
    void drain() throws SQLException {
        var done = new CountDownLatch(1);
        hand(true, done, false);
        await(done);
    }

    private void hand(boolean commit, CountDownLatch done, boolean last) throws SQLException {
        check();
        var rows = pending;
        pending = new LinkedHashMap<>();
        try {
            while (!queue.offer(new Work(rows, commit, done, last), 1, TimeUnit.SECONDS)) check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while handing rows to the writer", e);
        }
    }

    private void await(CountDownLatch done) throws SQLException {
        try {
            while (!done.await(1, TimeUnit.SECONDS)) check();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the writer", e);
        }
        check();
    }

    private void check() throws SQLException {
        Throwable f = failure;
        if (f instanceof SQLException e) throw new SQLException("writing the generated rows failed: " + e, e);
        if (f != null) throw new IllegalStateException("writing the generated rows failed", f);
    }

    /** The writer thread: sends what it is handed, in the order of {@link Tables#ALL}; stops at the first failure. */
    private void write() {
        try {
            while (true) {
                Work w = queue.take();
                if (failure == null) {
                    try {
                        send(w.rows());
                        if (w.commit() && connection != null) connection.commit();
                    } catch (Throwable e) {
                        failure = e;
                    }
                }
                if (w.done() != null) w.done().countDown();
                if (w.last()) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(Map<Table, List<Object[]>> rows) throws SQLException {
        for (var e : inserts.entrySet()) {
            List<Object[]> list = rows.get(e.getKey());
            if (list == null || list.isEmpty()) continue;
            PreparedStatement ps = e.getValue();
            for (Object[] row : list) {
                for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
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
        var done = new CountDownLatch(1);
        try {
            hand(false, done, true);
            await(done);
        } finally {
            writer.interrupt();
        }
        for (PreparedStatement ps : inserts.values()) ps.close();
        for (BufferedWriter w : files.values()) w.close();
    }
}
