package vn.motcua.reporting.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.reporting.control.counting.Period;

/** A native statement put together from fragments with {@code ?} parameters, numbered when it is run. */
public final class SqlStatement {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /** A fragment with {@code ?} parameters and their values in order. */
    public SqlStatement add(String fragment, Object... values) {
        sql.append(fragment);
        parameters.addAll(List.of(values));
        return this;
    }

    /** A fragment written with the placeholders of {@link ReportSql} ({@code :start :end :stock :yes}). */
    public SqlStatement figures(String fragment, Period period, LocalDateTime now) {
        ReportSql.Bound bound = ReportSql.bind(fragment, period, now);
        return add(bound.sql(), bound.parameters().toArray());
    }

    public SqlStatement append(SqlStatement other) {
        sql.append(other.sql);
        parameters.addAll(other.parameters);
        return this;
    }

    public String sql() {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        return numbered.toString();
    }

    /** The values of the {@code ?} parameters in order. */
    public List<Object> parameters() {
        return List.copyOf(parameters);
    }

    public Query query(EntityManager em) {
        Query query = em.createNativeQuery(sql());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    public int execute(EntityManager em) {
        return query(em).executeUpdate();
    }

    @Override
    public String toString() {
        return sql() + " " + parameters;
    }
}
