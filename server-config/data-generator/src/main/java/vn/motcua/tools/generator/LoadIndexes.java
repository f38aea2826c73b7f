package vn.motcua.tools.generator;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * H2 only: the secondary (non-unique) indexes of the tables the generator writes, dropped before the load and
 * created again after it. Kept during the load, every inserted row updates each of them in place (the dossier table
 * alone has a dozen, most on columns the rows do not arrive in the order of: agency, state, due date, applicant);
 * created after it, H2 builds each one from the whole table in one sorted pass. Indexes that back a constraint (a
 * foreign key chose them) cannot be dropped and stay. The definitions come from H2's own {@code SCRIPT}, so what is
 * created again is exactly what was there.
 */
final class LoadIndexes {

    private static final Pattern CREATE_INDEX =
            Pattern.compile("CREATE INDEX \"PUBLIC\"\\.\"([^\"]+)\" ON \"PUBLIC\"\\.\"([^\"]+)\".*", Pattern.DOTALL);

    private final List<String> dropped = new ArrayList<>();

    private LoadIndexes() {}

    /** Drops the droppable secondary indexes of the generator's tables; returns what to create again. */
    static LoadIndexes drop(Connection c) throws SQLException {
        var indexes = new LoadIndexes();
        if (!c.getMetaData().getURL().startsWith("jdbc:h2:")) return indexes;
        Set<String> tables =
                Tables.ALL.stream().map(t -> t.name().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        var definitions = new ArrayList<String[]>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                String line = rs.getString(1).strip();
                if (line.endsWith(";")) line = line.substring(0, line.length() - 1);
                var m = CREATE_INDEX.matcher(line);
                if (m.matches() && tables.contains(m.group(2))) definitions.add(new String[] {m.group(1), line});
            }
        }
        for (String[] d : definitions) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP INDEX \"PUBLIC\".\"" + d[0] + "\"");
                c.commit();
                indexes.dropped.add(d[1]);
            } catch (SQLException belongsToConstraint) {
                c.rollback(); // a constraint uses it: it stays, and is kept up to date during the load
            }
        }
        return indexes;
    }

    int count() {
        return dropped.size();
    }

    /** Creates the dropped indexes again, each from the whole table. */
    void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String definition : dropped) {
                s.execute(definition);
                c.commit();
            }
        }
        dropped.clear();
    }
}
