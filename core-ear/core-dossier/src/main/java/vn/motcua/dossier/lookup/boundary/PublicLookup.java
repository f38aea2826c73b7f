package vn.motcua.dossier.lookup.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.entity.ResultDelivery;
import vn.motcua.dossier.lookup.control.LookupSecrets;
import vn.motcua.dossier.lookup.control.LookupThrottle;
import vn.motcua.dossier.worklist.boundary.DossierScans;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;

/**
 * The public lookup of a dossier by its code and lookup secret (the QR code of every printed form leads here). No
 * login and no permission: knowing both is the permission. A wrong code and a wrong secret get the same answer
 * ({@value #NOT_FOUND}) after the same work, the secret is compared in constant time, and a client that keeps
 * guessing is refused for a while ({@link LookupThrottle}, {@value #THROTTLED} with the minutes to wait).
 */
@ApplicationScoped
public class PublicLookup {
    private static final Logger LOG = Logger.getLogger(PublicLookup.class.getName());

    public static final String INCOMPLETE = "dossier.lookup.incomplete";
    public static final String NOT_FOUND = "dossier.lookup.notFound";
    public static final String THROTTLED = "dossier.lookup.throttled";

    @PersistenceContext
    EntityManager em;

    @Inject
    LookupThrottle throttle;

    @Inject
    DocumentStore store;

    /**
     * The dossier with this code and secret, as the public sees it.
     *
     * <p>One statement, a projection (no entity is built, registered or change-tracked): the dossier's row with what
     * the answer shows of it, found by its code, joined to its hand-overs with the agencies' names, all read before
     * the secret is compared (a wrong code and a wrong secret cost the same statement; nothing read is used before
     * the secret matched). Plus the throttle's version row at most once a second per server.
     *
     * @param code the dossier code as typed (spaces ignored; upper case accepted)
     * @param secret the lookup secret as typed (spaces, dashes and case ignored)
     * @param clientKey who asks ({@link vn.motcua.platform.security.control.Clients#keyOf})
     * @throws DomainException {@value #INCOMPLETE} without both; {@value #THROTTLED} (argument: minutes to wait)
     *     after too many failures; {@value #NOT_FOUND} when code and secret do not belong together
     */
    @Transactional
    public PublicDossier find(String code, String secret, String clientKey) {
        return shown(verified(code, secret, clientKey, FOUND_WITH_TIMELINE), LocalDateTime.now());
    }

    /**
     * The electronic result of the dossier with this code and secret, for the applicant who chose to receive it
     * electronically; the same checks and throttle as {@link #find}.
     *
     * @throws DomainException as {@link #find}; {@value #NOT_FOUND} also when there is no result to download
     */
    @Transactional
    public DossierScans.Scan result(String code, String secret, String clientKey) {
        Found found = verified(code, secret, clientKey, FOUND).dossier();
        if (!found.downloadable()) {
            throw new DomainException(NOT_FOUND);
        }
        DossierFile file = em.find(Dossier.class, found.id()).getResultFile();
        Path path = store.locate(file.getStorageKey());
        if (!Files.isRegularFile(path)) {
            throw new DomainException(NOT_FOUND);
        }
        return new DossierScans.Scan(file.getFileName(), file.getContentType(), file.getSizeBytes(), path);
    }

    /**
     * What the lookup reads of a dossier: one row of the lookup query's columns, in this order.
     *
     * @param deliveryMethod the code of the delivery method chosen at receipt, or null
     * @param resultFile the id of the result's file, or null
     */
    record Found(
            long id,
            String code,
            String secret,
            String procedureName,
            String receivingAgency,
            LocalDateTime submittedAt,
            LocalDateTime receivedAt,
            LocalDateTime dueAt,
            LocalDateTime originalDueAt,
            DossierState state,
            LocalDateTime pausedAt,
            LocalDateTime resultReadyAt,
            LocalDateTime returnedAt,
            String deliveryMethod,
            Long resultFile) {

        static Found of(Object[] row) {
            return new Found(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (LocalDateTime) row[5],
                    (LocalDateTime) row[6],
                    (LocalDateTime) row[7],
                    (LocalDateTime) row[8],
                    (DossierState) row[9],
                    (LocalDateTime) row[10],
                    (LocalDateTime) row[11],
                    (LocalDateTime) row[12],
                    (String) row[13],
                    row[14] == null ? null : ((Number) row[14]).longValue());
        }

        /** The applicant chose to receive the result electronically, and it is ready. */
        boolean downloadable() {
            return ResultDelivery.ONLINE.equals(deliveryMethod)
                    && resultFile != null
                    && (state == DossierState.RESULT_READY || state == DossierState.RETURNED);
        }
    }

    /** The dossiers of the typed code's spellings, with what the answer shows: {@link Found}'s columns. */
    private static final String FOUND = "select d.id, d.code, d.lookupSecret, v.name, a.name, d.submittedAt,"
            + " d.receivedAt, d.dueAt, d.originalDueAt, d.state, d.pausedAt, d.resultReadyAt, d.returnedAt, m.code,"
            + " f.id from Dossier d join d.procedureVersion v join d.receivingAgency a"
            + " left join d.delivery.method m left join d.resultFile f where d.code in :codes";

    /**
     * {@link #FOUND} with the dossier's hand-overs, one row each (one row without a hand-over: its columns null), in
     * order: {@link Found}'s columns, then when, action, step, from agency's name, to agency's name. One statement
     * instead of two: the second statement of a found dossier was a quarter of the lookup API's profile (JFR).
     */
    private static final String FOUND_WITH_TIMELINE = "select d.id, d.code, d.lookupSecret, v.name, a.name,"
            + " d.submittedAt, d.receivedAt, d.dueAt, d.originalDueAt, d.state, d.pausedAt, d.resultReadyAt,"
            + " d.returnedAt, m.code, f.id, h.handedAt, h.action, h.stepName, fa.name, ta.name"
            + " from Dossier d join d.procedureVersion v join d.receivingAgency a"
            + " left join d.delivery.method m left join d.resultFile f"
            + " left join d.handOvers h left join h.fromAgency fa left join h.toAgency ta"
            + " where d.code in :codes order by d.id, h.position";

    /** The dossier found, with the rows of its hand-overs when the query read them (else empty). */
    private record Verified(Found dossier, List<Object[]> rows) {}

    private Verified verified(String code, String secret, String clientKey, String query) {
        List<String> codes = LookupSecrets.codeVariants(code);
        String typed = LookupSecrets.secret(secret);
        if (codes.isEmpty() || typed == null) {
            throw new DomainException(INCOMPLETE);
        }
        LocalDateTime now = LocalDateTime.now();
        Duration wait = throttle.waitFor(clientKey, now);
        if (!wait.isZero()) {
            throw new DomainException(THROTTLED, String.valueOf(Math.max(1, (wait.toSeconds() + 59) / 60)));
        }
        List<Object[]> rows = em.createQuery(query, Object[].class)
                .setParameter("codes", codes)
                .getResultList();
        // The exact spelling first (a code and its upper-cased spelling may be two dossiers).
        Object[] first = rows.stream()
                .min(Comparator.comparingInt(row -> codes.indexOf((String) row[1])))
                .orElse(null);
        Found found = first == null ? null : Found.of(first);
        if (!LookupSecrets.matches(found == null ? null : found.secret(), typed)) {
            countFailure(clientKey, now);
            throw new DomainException(NOT_FOUND);
        }
        long id = found.id();
        return new Verified(
                found,
                rows.stream().filter(row -> ((Number) row[0]).longValue() == id).toList());
    }

    /** Counts the failure; a row another server inserted at the same moment makes the first try fail: try again. */
    private void countFailure(String clientKey, LocalDateTime now) {
        boolean reached;
        try {
            reached = throttle.failed(clientKey, now);
        } catch (RuntimeException raced) {
            try {
                reached = throttle.failed(clientKey, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A failed lookup could not be counted", e);
                return;
            }
        }
        if (reached) {
            throttle.reachedLimit(); // committed: the next lookup on this server sees it
        }
    }

    private PublicDossier shown(Verified verified, LocalDateTime now) {
        Found d = verified.dossier();
        List<PublicDossier.Event> timeline = verified.rows().stream()
                .filter(row -> row[16] != null) // the one row of a dossier without hand-overs
                .map(PublicLookup::event)
                .toList();
        boolean extended = d.dueAt() != null && !d.dueAt().equals(d.originalDueAt());
        return new PublicDossier(
                d.code(),
                d.procedureName(),
                d.receivingAgency(),
                d.submittedAt(),
                d.receivedAt(),
                d.dueAt(),
                extended ? d.originalDueAt() : null,
                d.state(),
                late(d.dueAt(), d.resultReadyAt(), d.state(), d.pausedAt(), now),
                d.resultReadyAt(),
                d.returnedAt(),
                d.downloadable(),
                timeline);
    }

    /**
     * Past the appointment: finished after it, or unfinished and past it (when paused, as of the pause). Never before
     * there is an appointment (an online submission waiting for the counter).
     */
    static boolean late(
            LocalDateTime dueAt,
            LocalDateTime resultReadyAt,
            DossierState state,
            LocalDateTime pausedAt,
            LocalDateTime now) {
        if (dueAt == null) {
            return false;
        }
        if (resultReadyAt != null) {
            return resultReadyAt.isAfter(dueAt);
        }
        if (state == DossierState.WITHDRAWN || state == DossierState.NOT_ACCEPTED) {
            return false;
        }
        LocalDateTime at = pausedAt != null ? pausedAt : now;
        return at.isAfter(dueAt);
    }

    /** One row of {@link #FOUND_WITH_TIMELINE} as a hand-over: when, action, step, from and to agency's names. */
    private static PublicDossier.Event event(Object[] h) {
        String from = (String) h[18];
        String to = (String) h[19];
        return new PublicDossier.Event(
                (LocalDateTime) h[15],
                (HandOverAction) h[16],
                (String) h[17],
                from != null ? from : to,
                from != null && to != null && !Objects.equals(from, to) ? to : null);
    }
}
