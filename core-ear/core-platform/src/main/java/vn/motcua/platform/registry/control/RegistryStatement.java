package vn.motcua.platform.registry.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.motcua.spi.registry.RegistryQuery;

/**
 * A plugin's {@link RegistryQuery} as the JPQL the core runs: the officer's agency scope first and always, then the
 * plugin's conditions each in parentheses, every value a bound parameter; ordering only by the query's sortable
 * columns or its default order, with the id last so that pages never overlap. Pure: unit-tested without a database.
 */
public final class RegistryStatement {

    /** The scope's parameter (a name plugins may not use). */
    public static final String SCOPE = "motcuaScope";

    private final RegistryQuery<?> query;
    private final String where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private RegistryStatement(RegistryQuery<?> query, Set<Long> scope) {
        if (query.scopePath() == null) {
            throw new IllegalStateException("A registry query without scopedBy(...) is never run: " + query.from());
        }
        if (query.idPath() == null) {
            throw new IllegalStateException("A registry query without identifiedBy(...) is never run: " + query.from());
        }
        if (scope.isEmpty()) {
            throw new IllegalArgumentException("No agency in scope: nothing to query");
        }
        this.query = query;
        var all = new ArrayList<String>();
        all.add(query.scopePath() + " in :" + SCOPE);
        query.conditions().forEach(condition -> all.add("(" + condition + ")"));
        this.where = " from " + query.from() + " where " + String.join(" and ", all);
        parameters.put(SCOPE, Set.copyOf(scope));
        parameters.putAll(query.parameters());
    }

    /** The statement of a query for these agencies (never empty: no agency in scope means no query at all). */
    public static RegistryStatement of(RegistryQuery<?> query, Set<Long> agencyIdsInScope) {
        return new RegistryStatement(query, agencyIdsInScope);
    }

    public String count() {
        return "select count(" + query.idPath() + ")" + where;
    }

    /** The page query: the requested sort if the query allows it, else its default order; the id last. */
    public String select(String sortField, boolean ascending) {
        return "select " + query.selection() + where + " order by " + String.join(", ", order(sortField, ascending));
    }

    /** Values by name, the scope's included. */
    public Map<String, Object> parameters() {
        return java.util.Collections.unmodifiableMap(parameters);
    }

    List<String> order(String sortField, boolean ascending) {
        var items = new ArrayList<String>();
        List<String> requested = sortField == null ? null : query.sortable().get(sortField);
        if (requested != null) {
            requested.forEach(expression -> items.add(expression + (ascending ? " asc" : " desc")));
        } else {
            items.addAll(query.defaultOrder());
        }
        // SQL Server refuses a column twice in ORDER BY: the id closes the list only where it is not in it yet.
        boolean hasId = items.stream().anyMatch(item -> expression(item).equals(query.idPath()));
        if (!hasId) {
            items.add(query.idPath() + " desc");
        }
        return items;
    }

    private static String expression(String orderItem) {
        String item = orderItem.strip();
        String lower = item.toLowerCase(Locale.ROOT);
        for (String direction : List.of(" asc", " desc")) {
            if (lower.endsWith(direction)) {
                return item.substring(0, item.length() - direction.length()).strip();
            }
        }
        return item;
    }
}
