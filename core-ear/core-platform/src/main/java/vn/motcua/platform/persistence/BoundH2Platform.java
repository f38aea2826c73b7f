package vn.motcua.platform.persistence;

import org.eclipse.persistence.platform.database.H2Platform;

/**
 * EclipseLink's H2 platform with every value bound as a parameter. The stock platform says H2 cannot take parameters
 * inside functions ({@code isDynamicSQLRequiredForFunctions}, true since H2 1.x), so as soon as a query holds one —
 * the agency scope compares paths with {@code LIKE (path || ?)} — EclipseLink writes all of that query's values into
 * its SQL: a boolean filter then comes out as {@code ACTIVE = 1}, which H2 2 refuses ("BOOLEAN and INTEGER are not
 * comparable"), and every such query is parsed anew. H2 2 binds parameters inside functions, so this platform says
 * so. Chosen for H2 only, by the JVM option {@code eclipselink.target-database} of the H2 pool
 * (server-config/asadmin/pool-h2.asadmin); SQL Server keeps EclipseLink's own platform.
 */
public class BoundH2Platform extends H2Platform {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean isDynamicSQLRequiredForFunctions() {
        return false;
    }
}
