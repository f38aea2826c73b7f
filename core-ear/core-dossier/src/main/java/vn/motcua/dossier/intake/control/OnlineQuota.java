package vn.motcua.dossier.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.dossier.entity.OnlineUsage;
import vn.motcua.spi.DomainException;

/**
 * How much one anonymous client (see {@link vn.motcua.platform.security.control.Clients}) may use the online submission in an hour, so that nobody can
 * fill the document store or the counters' lists from {@code /public/submit.xhtml}: at most
 * {@code motcua.online.max-upload-megabytes-per-hour} (default {@value #DEFAULT_UPLOAD_MEGABYTES}) of scans uploaded
 * and {@code motcua.online.max-submissions-per-hour} (default {@value #DEFAULT_SUBMISSIONS}) dossiers submitted,
 * counted from the client's first use in a window of an hour. Over a limit, the upload or the submission is refused
 * ({@value #UPLOADS}, {@value #SUBMISSIONS}, with the minutes to wait) and keeps nothing.
 *
 * <p>Defaults: a real applicant uploads some 5–20 MB for a dossier (a few pages of scans per document at the store's
 * 10 MB per file at most), and replaces a bad scan now and then; 200 MB an hour is ten such dossiers, more than any
 * applicant, or a family or a small business submitting for its staff, needs, yet it bounds what one address can leave
 * in the store before the sweep removes the unsubmitted scans a day later (some 4.8 GB). Ten dossiers an hour is the
 * same ten, and bounds the made-up dossiers an address can put in front of the counters. One address may be shared
 * (an office, a commune's public-service kiosk, a mobile carrier's NAT): raise the limits when a place submits more.
 * Uploads count the bytes received, whether they are later submitted, removed from the form or swept: taking a scan
 * back gives nothing back, or uploading and removing would be free.
 *
 * <p>The counts live in the database (table {@code online_usage}, one row per client, never cached), so every server
 * of a cluster counts the same use and a restart forgets nothing. Each count is one atomic conditional {@code UPDATE
 * … set used = used + n where … and used + n <= limit}: two servers can never both take the last megabytes. The row
 * of a new window is made first in its own transaction ({@link Windows}; a row another server inserted at the same
 * moment is simply used). An upload is counted in its own transaction after its bytes were stored (no database
 * transaction covers a file upload; the caller deletes the bytes when it is refused); a submission is counted in the
 * submission's transaction, so a submission that fails (a mistake to correct, or over the limit) counts nothing.
 */
@ApplicationScoped
public class OnlineQuota {

    public static final String UPLOADS = "dossier.online.quota.uploads";
    public static final String SUBMISSIONS = "dossier.online.quota.submissions";

    static final int DEFAULT_UPLOAD_MEGABYTES = 200;
    static final int DEFAULT_SUBMISSIONS = 10;

    /** The length of a client's window: the limits are per hour. */
    public static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Windows windows;

    @Inject
    @ConfigProperty(name = "motcua.online.max-upload-megabytes-per-hour", defaultValue = "" + DEFAULT_UPLOAD_MEGABYTES)
    int maxUploadMegabytes;

    @Inject
    @ConfigProperty(name = "motcua.online.max-submissions-per-hour", defaultValue = "" + DEFAULT_SUBMISSIONS)
    int maxSubmissions;

    /**
     * Refuses an upload before anything is read or written when the client has no room left in its window for the
     * upload's declared size (0 when unknown: then only a client with nothing left is refused here).
     *
     * @throws DomainException {@value #UPLOADS}
     */
    @Transactional
    public void checkUploadRoom(String clientKey, String fileName, long declaredBytes, LocalDateTime now) {
        OnlineUsage usage = current(clientKey, now);
        long used = usage == null ? 0 : usage.getUploadedBytes();
        if (used >= maxUploadBytes() || used + Math.max(0, declaredBytes) > maxUploadBytes()) {
            throw uploadsRefused(usage, fileName, now);
        }
    }

    /**
     * Counts the bytes of a stored upload, in its own transaction (an upload is in none).
     *
     * @throws DomainException {@value #UPLOADS} when they would take the client over its limit: nothing is counted,
     *     and the caller deletes the bytes
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void countUpload(String clientKey, String fileName, long bytes, LocalDateTime now) {
        OnlineUsage refused = count(
                clientKey,
                now,
                em.createQuery("update OnlineUsage u set u.uploadedBytes = u.uploadedBytes + :bytes"
                                + " where u.clientKey = :key and u.windowStart > :windowOpen"
                                + " and u.uploadedBytes + :bytes <= :max")
                        .setParameter("bytes", bytes)
                        .setParameter("max", maxUploadBytes()));
        if (refused != null) {
            throw uploadsRefused(refused, fileName, now);
        }
    }

    /**
     * Counts a submission in the submission's own transaction: rolled back with it.
     *
     * @throws DomainException {@value #SUBMISSIONS} when the client has submitted its window's number already
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void countSubmission(String clientKey, LocalDateTime now) {
        OnlineUsage refused = count(
                clientKey,
                now,
                em.createQuery("update OnlineUsage u set u.submissions = u.submissions + 1"
                                + " where u.clientKey = :key and u.windowStart > :windowOpen"
                                + " and u.submissions < :max")
                        .setParameter("max", maxSubmissions));
        if (refused != null) {
            throw new DomainException(SUBMISSIONS, String.valueOf(maxSubmissions), minutesToWait(refused, now));
        }
    }

    /**
     * Runs a counting update (its parameters {@code key} and {@code windowOpen} set here) on the client's row of a
     * window open now, made first when there is none; null when it counted, else the row that refused. A row that
     * another server is inserting at this very moment may not be visible yet: then the client is not refused, the
     * row is looked for again.
     */
    private OnlineUsage count(String clientKey, LocalDateTime now, Query update) {
        update.setParameter("key", clientKey).setParameter("windowOpen", now.minus(WINDOW));
        for (int attempt = 1; ; attempt++) {
            open(clientKey, now);
            if (update.executeUpdate() > 0) {
                return null;
            }
            OnlineUsage usage = em.find(OnlineUsage.class, clientKey);
            if (usage != null || attempt == 3) {
                return usage == null ? new OnlineUsage(clientKey, now) : usage;
            }
        }
    }

    /** Forgets the clients whose window has ended: their row would count nothing any more. */
    @Transactional
    public int sweep(LocalDateTime now) {
        return em.createQuery("delete from OnlineUsage u where u.windowStart <= :windowOpen")
                .setParameter("windowOpen", now.minus(WINDOW))
                .executeUpdate();
    }

    public long maxUploadBytes() {
        return megabytes(maxUploadMegabytes);
    }

    public int maxSubmissions() {
        return maxSubmissions;
    }

    /** Makes sure the client has a row of a window open now; a row inserted by another server just now is fine. */
    private void open(String clientKey, LocalDateTime now) {
        try {
            windows.open(clientKey, now);
        } catch (Windows.RowExists createdByAnother) {
            // another server made the client's row a moment ago: it is of a window open now
        }
    }

    private OnlineUsage current(String clientKey, LocalDateTime now) {
        OnlineUsage usage = em.find(OnlineUsage.class, clientKey);
        return usage == null || !usage.getWindowStart().isAfter(now.minus(WINDOW)) ? null : usage;
    }

    private DomainException uploadsRefused(OnlineUsage usage, String fileName, LocalDateTime now) {
        return new DomainException(UPLOADS, String.valueOf(maxUploadMegabytes), fileName, minutesToWait(usage, now));
    }

    static long megabytes(int megabytes) {
        return megabytes * 1024L * 1024L;
    }

    /** Whole minutes (at least one) until the window of a refused client ends, as text for the message. */
    static String minutesToWait(OnlineUsage usage, LocalDateTime now) {
        return minutesToWait(usage == null ? null : usage.getWindowStart(), now);
    }

    static String minutesToWait(LocalDateTime windowStart, LocalDateTime now) {
        if (windowStart == null) {
            return "1";
        }
        long seconds = Duration.between(now, windowStart.plus(WINDOW)).toSeconds();
        return String.valueOf(Math.max(1, (seconds + 59) / 60));
    }

    /** Makes the row of a client's new window in its own transaction, so the counting update always finds one. */
    @ApplicationScoped
    public static class Windows {

        @PersistenceContext
        EntityManager em;

        /**
         * Opens a new window for the client when it has none open: its ended row starts again from nothing, or a row
         * is inserted.
         *
         * @throws RowExists when another server inserted the client's row first (the attempt is rolled back)
         */
        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void open(String clientKey, LocalDateTime now) {
            int restarted = em.createQuery("update OnlineUsage u set u.windowStart = :now, u.uploadedBytes = 0,"
                            + " u.submissions = 0 where u.clientKey = :key and u.windowStart <= :windowOpen")
                    .setParameter("now", now)
                    .setParameter("key", clientKey)
                    .setParameter("windowOpen", now.minus(WINDOW))
                    .executeUpdate();
            if (restarted > 0 || em.find(OnlineUsage.class, clientKey) != null) {
                return;
            }
            try {
                em.persist(new OnlineUsage(clientKey, now));
                em.flush();
            } catch (PersistenceException alreadyThere) {
                throw new RowExists();
            }
        }

        /** The row was inserted by another transaction first; this attempt is rolled back and the row is there. */
        static class RowExists extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }
    }
}
