package vn.motcua.platform.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.platform.PlatformStarted;

/**
 * Turns off EclipseLink's retry of a read that failed because the database could not be reached. By default it waits
 * 5 s and retries three times, for every read outside a transaction (the session check, the menus, a page's lists):
 * while the database was down, the counter officer's press on "receive" made four such reads before its own
 * transaction, each taking 15 s, so the "try again" answer came after a minute, long after the browser had given up
 * (fault-tests.sh form, issue 13). Nothing is lost without the retry: the pool validates a connection before handing
 * it out and drops them all at the first failure, so the first request after the database is back gets new ones.
 *
 * <p>Set on the running session by reflection: this version of EclipseLink has no persistence-unit property for it,
 * and the modules do not compile against EclipseLink. If the session cannot be reached, the default stays (logged).
 */
@ApplicationScoped
public class NoQueryRetries {

    private static final Logger LOG = Logger.getLogger(NoQueryRetries.class.getName());

    @PersistenceContext
    EntityManager em;

    void apply(@Observes PlatformStarted started) {
        try {
            Object session =
                    em.getEntityManagerFactory().unwrap(Class.forName("org.eclipse.persistence.sessions.Session"));
            Object login = session.getClass().getMethod("getDatasourceLogin").invoke(session);
            login.getClass().getMethod("setQueryRetryAttemptCount", int.class).invoke(login, 0);
            LOG.info("A read that fails because the database cannot be reached is not retried (answers at once)");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Could not turn off EclipseLink's query retry; a database outage answers slowly", e);
        }
    }
}
