package vn.motcua.dossier.reorganisation.control;

import java.util.List;

/**
 * The set-based statements of a merge of agencies S into C, in the order they run (dialect-neutral SQL for H2 and SQL
 * Server). {@code :S} stands for the list of source ids (expanded to positional markers by {@link #expand}), {@code
 * :C} for the target, {@code :NOW} and {@code :BY} for when and who. A dossier is in flight unless returned, withdrawn
 * or not accepted; closed dossiers keep their agencies (history), and C sees them all through dossier_agency.
 */
public final class MergeStatements {

    static final String OPEN = "state NOT IN ('RETURNED', 'WITHDRAWN', 'NOT_ACCEPTED')";

    /** Statements that move everything; each is one UPDATE, INSERT … SELECT or DELETE over all rows at once. */
    public static final List<String> MOVE = List.of(
            // C sees every dossier the sources have held (history and worklists)
            "INSERT INTO dossier_agency (dossier_id, agency_id) SELECT DISTINCT da.dossier_id, :C FROM dossier_agency da"
                    + " WHERE da.agency_id IN (:S) AND NOT EXISTS (SELECT 1 FROM dossier_agency x"
                    + " WHERE x.dossier_id = da.dossier_id AND x.agency_id = :C)",
            // one pass over the in-flight dossiers for the three agencies (each UPDATE of a dossier row costs its
            // indexes)
            "UPDATE dossier SET"
                    + " current_agency_id = CASE WHEN current_agency_id IN (:S) THEN :C ELSE current_agency_id END,"
                    + " deciding_agency_id = CASE WHEN deciding_agency_id IN (:S) THEN :C ELSE deciding_agency_id END,"
                    + " receiving_agency_id = CASE WHEN receiving_agency_id IN (:S) THEN :C ELSE receiving_agency_id END,"
                    + " version = version + 1 WHERE (current_agency_id IN (:S) OR deciding_agency_id IN (:S)"
                    + " OR receiving_agency_id IN (:S)) AND " + OPEN,
            "UPDATE dossier_route SET agency_id = :C WHERE agency_id IN (:S) AND dossier_id IN"
                    + " (SELECT id FROM dossier WHERE " + OPEN + ")",
            // officers become members of C
            "INSERT INTO officer_agency (officer_id, agency_id) SELECT DISTINCT oa.officer_id, :C FROM officer_agency oa"
                    + " WHERE oa.agency_id IN (:S) AND NOT EXISTS (SELECT 1 FROM officer_agency x"
                    + " WHERE x.officer_id = oa.officer_id AND x.agency_id = :C)",
            "DELETE FROM officer_agency WHERE agency_id IN (:S)",
            // counters, and what counters receive for
            "UPDATE service_counter SET agency_id = :C, version = version + 1 WHERE agency_id IN (:S)",
            "INSERT INTO counter_receives_for (counter_id, agency_id) SELECT DISTINCT r.counter_id, :C"
                    + " FROM counter_receives_for r WHERE r.agency_id IN (:S) AND NOT EXISTS"
                    + " (SELECT 1 FROM counter_receives_for x WHERE x.counter_id = r.counter_id AND x.agency_id = :C)",
            "DELETE FROM counter_receives_for WHERE agency_id IN (:S)",
            // procedures: deciding agency, performers, step agencies and mappings
            "UPDATE admin_procedure SET deciding_agency_id = :C WHERE deciding_agency_id IN (:S)",
            "UPDATE procedure_version SET deciding_agency_id = :C WHERE deciding_agency_id IN (:S)",
            "UPDATE procedure_version SET performer_root_id = :C WHERE performer_root_id IN (:S)",
            "INSERT INTO procedure_performer (procedure_version_id, agency_id) SELECT DISTINCT p.procedure_version_id, :C"
                    + " FROM procedure_performer p WHERE p.agency_id IN (:S) AND NOT EXISTS (SELECT 1 FROM"
                    + " procedure_performer x WHERE x.procedure_version_id = p.procedure_version_id AND x.agency_id = :C)",
            "DELETE FROM procedure_performer WHERE agency_id IN (:S)",
            "UPDATE process_step SET agency_id = :C WHERE agency_id IN (:S)",
            "DELETE FROM performer_step WHERE agency_id IN (:S)",
            "UPDATE performer_step SET acting_agency_id = :C WHERE acting_agency_id IN (:S)",
            // plugin switches
            "INSERT INTO plugin_agency (plugin_id, agency_id, enabled_at, enabled_by) SELECT DISTINCT p.plugin_id, :C,"
                    + " :NOW, :BY FROM plugin_agency p WHERE p.agency_id IN (:S) AND NOT EXISTS (SELECT 1 FROM"
                    + " plugin_agency x WHERE x.plugin_id = p.plugin_id AND x.agency_id = :C)",
            "DELETE FROM plugin_agency WHERE agency_id IN (:S)",
            // the sources stay, inactive, as "succeeded by C"
            "UPDATE agency SET active = 0, successor_id = :C, succeeded_at = :NOW, version = version + 1"
                    + " WHERE id IN (:S)");

    private MergeStatements() {}

    /** A statement ready to run: SQL with {@code ?} markers and its values in order. */
    public record Bound(String sql, List<Object> values) {}

    private static final java.util.regex.Pattern NAMES = java.util.regex.Pattern.compile("\\(:S\\)|:C|:NOW|:BY");

    /** Binds the names of a statement to positional markers, the source list expanded to one marker per id. */
    public static Bound bind(String statement, List<Long> sources, long target, Object now, String by) {
        var sql = new StringBuilder();
        var values = new java.util.ArrayList<Object>();
        var matcher = NAMES.matcher(statement);
        int last = 0;
        while (matcher.find()) {
            sql.append(statement, last, matcher.start());
            switch (matcher.group()) {
                case "(:S)" -> {
                    sql.append('(').append(String.join(", ", java.util.Collections.nCopies(sources.size(), "?")));
                    sql.append(')');
                    values.addAll(sources);
                }
                case ":C" -> {
                    sql.append('?');
                    values.add(target);
                }
                case ":NOW" -> {
                    sql.append('?');
                    values.add(now);
                }
                default -> {
                    sql.append('?');
                    values.add(by);
                }
            }
            last = matcher.end();
        }
        sql.append(statement.substring(last));
        return new Bound(sql.toString(), values);
    }
}
