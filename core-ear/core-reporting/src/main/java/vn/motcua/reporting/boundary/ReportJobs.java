package vn.motcua.reporting.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.reporting.control.FactsBackfill;
import vn.motcua.reporting.control.MonthSnapshots;

/**
 * Every hour, and once a minute after the server starts: facts for the dossiers that have none, the steps handed on
 * of hand-overs that have none ({@code report_step}), then every closed
 * month not frozen yet, oldest first (so a fresh installation with history, or a database just filled by the data
 * generator, freezes its past in order and its dashboards read the frozen totals from the start, not up to an hour
 * later). Safe on every server of a cluster, which all run it at the same minute: a dossier's facts are written once
 * (its primary key; a server whose batch collides with the other's rolls that batch back, logs it and leaves the run
 * to the other) and a month is frozen once ({@link MonthSnapshots#freeze}; a server that loses that race logs it and
 * goes on).
 *
 * <p>The run after start goes through the managed scheduled executor, not a programmatic EJB timer: an instance of a
 * Payara deployment group has no timer service of its own ("EJB Timer Service is not available" at deploy), while
 * the non-persistent {@code @Schedule} below works everywhere.
 */
@Singleton
@Startup
public class ReportJobs {
    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());
    private static final int BATCH = 200;
    private static final int STEP_BATCH = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    FactsBackfill backfill;

    @Inject
    MonthSnapshots snapshots;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    SessionContext context;

    private ScheduledFuture<?> afterStart;

    /** The last hand-over id whose step this server has looked at: a run after the first reads only the new ones. */
    private long stepsDone;

    @PostConstruct
    void soonAfterStart() {
        // through the business object, so the run has the container's transaction like the hourly one
        ReportJobs self = context.getBusinessObject(ReportJobs.class);
        afterStart = scheduler.schedule(
                () -> {
                    try {
                        self.hourly();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "The report jobs' run after start failed; the hourly run retries", e);
                    }
                },
                1,
                TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        afterStart.cancel(false);
    }

    @Schedule(hour = "*", minute = "23", persistent = false)
    public void hourly() {
        run(LocalDateTime.now());
    }

    /** Brings the facts up to date and freezes the closed months; returns how many months were frozen now. */
    public int run(LocalDateTime now) {
        int filled;
        try {
            do {
                filled = backfill.fillMissing(BATCH, now);
            } while (filled == BATCH);
        } catch (RuntimeException e) {
            // Both servers of a cluster run this at the same minute: they pick the same dossiers in the same order,
            // and the one whose batch collides with the other's rows (the facts' primary key) rolls that batch back.
            // The other server is filling the same facts and freezes the months after them; the next run catches up
            // whatever it left.
            LOG.log(Level.INFO, "Facts were being filled by another server; leaving this run to it", e);
            return 0;
        }
        // the steps handed on before report_step existed (or generated): from where this server's last run stopped
        try {
            for (long after = stepsDone; after >= 0; after = backfill.fillSteps(after, STEP_BATCH)) {
                stepsDone = after;
            }
        } catch (RuntimeException e) {
            // a transition (or the other server) wrote the same step at that moment: the next run goes on from where
            // this one stopped
            LOG.log(Level.INFO, "Steps handed on after hand-over " + stepsDone + " were being written", e);
        }
        Object first = em.createNativeQuery("select min(received_at) from report_dossier")
                .getSingleResult();
        if (first == null) {
            return 0;
        }
        YearMonth from =
                YearMonth.from(first instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) first);
        YearMonth lastClosed = YearMonth.from(now).minusMonths(1);
        int frozen = 0;
        for (YearMonth m = from; !m.isAfter(lastClosed); m = m.plusMonths(1)) {
            try {
                frozen += snapshots.freeze(m, now) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "Month " + m + " was being frozen by another server", e);
            }
        }
        return frozen;
    }

    /** Rewrites every dossier's facts (after a change of the counting rules); frozen months stay as they were. */
    public void recountAll(LocalDateTime now) {
        long after = 0;
        while (after >= 0) {
            after = backfill.recount(after, BATCH, now);
        }
    }
}
