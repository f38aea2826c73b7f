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
import vn.motcua.directory.entity.Agency;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.dossier.entity.HandOver;
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
     * @param code the dossier code as typed (spaces ignored; upper case accepted)
     * @param secret the lookup secret as typed (spaces, dashes and case ignored)
     * @param clientKey who asks ({@link vn.motcua.platform.security.control.Clients#keyOf})
     * @throws DomainException {@value #INCOMPLETE} without both; {@value #THROTTLED} (argument: minutes to wait)
     *     after too many failures; {@value #NOT_FOUND} when code and secret do not belong together
     */
    @Transactional
    public PublicDossier find(String code, String secret, String clientKey) {
        return shown(verified(code, secret, clientKey), LocalDateTime.now());
    }

    /**
     * The electronic result of the dossier with this code and secret, for the applicant who chose to receive it
     * electronically; the same checks and throttle as {@link #find}.
     *
     * @throws DomainException as {@link #find}; {@value #NOT_FOUND} also when there is no result to download
     */
    @Transactional
    public DossierScans.Scan result(String code, String secret, String clientKey) {
        Dossier d = verified(code, secret, clientKey);
        if (!downloadable(d)) {
            throw new DomainException(NOT_FOUND);
        }
        DossierFile file = d.getResultFile();
        Path path = store.locate(file.getStorageKey());
        if (!Files.isRegularFile(path)) {
            throw new DomainException(NOT_FOUND);
        }
        return new DossierScans.Scan(file.getFileName(), file.getContentType(), file.getSizeBytes(), path);
    }

    private static boolean downloadable(Dossier d) {
        return d.getDelivery() != null
                && d.getDelivery().isOnline()
                && d.getResultFile() != null
                && (d.getState() == DossierState.RESULT_READY || d.getState() == DossierState.RETURNED);
    }

    private Dossier verified(String code, String secret, String clientKey) {
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
        // The exact spelling first; the stored secret is read without the dossier itself: {id, code, secret}.
        Object[] found = em.createQuery(
                        "select d.id, d.code, d.lookupSecret from Dossier d where d.code in :codes", Object[].class)
                .setParameter("codes", codes)
                .getResultStream()
                .min(Comparator.comparingInt(row -> codes.indexOf((String) row[1])))
                .orElse(null);
        if (!LookupSecrets.matches(found == null ? null : (String) found[2], typed)) {
            countFailure(clientKey, now);
            throw new DomainException(NOT_FOUND);
        }
        // The dossier with what the answer shows of it (the procedure's name, the receiving agency) in one statement
        // instead of em.find and two lazy loads.
        return em.createQuery(
                        "select d from Dossier d join fetch d.procedureVersion join fetch d.receivingAgency"
                                + " where d.id = :id",
                        Dossier.class)
                .setParameter("id", found[0])
                .getSingleResult();
    }

    /** Counts the failure; a row another server inserted at the same moment makes the first try fail: try again. */
    private void countFailure(String clientKey, LocalDateTime now) {
        try {
            throttle.failed(clientKey, now);
        } catch (RuntimeException raced) {
            try {
                throttle.failed(clientKey, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A failed lookup could not be counted", e);
            }
        }
    }

    private PublicDossier shown(Dossier d, LocalDateTime now) {
        List<HandOver> handOvers = em.createQuery(
                        "select h from HandOver h left join fetch h.fromAgency left join fetch h.toAgency"
                                + " where h.dossier = :dossier order by h.position",
                        HandOver.class)
                .setParameter("dossier", d)
                .getResultList();
        boolean extended = d.getDueAt() != null && !d.getDueAt().equals(d.getOriginalDueAt());
        return new PublicDossier(
                d.getCode(),
                d.getProcedureVersion().getName(),
                d.getReceivingAgency().getName(),
                d.getSubmittedAt(),
                d.getReceivedAt(),
                d.getDueAt(),
                extended ? d.getOriginalDueAt() : null,
                d.getState(),
                late(d, now),
                d.getResultReadyAt(),
                d.getReturnedAt(),
                downloadable(d),
                handOvers.stream().map(PublicLookup::event).toList());
    }

    /**
     * Past the appointment: finished after it, or unfinished and past it (when paused, as of the pause). Never before
     * there is an appointment (an online submission waiting for the counter).
     */
    static boolean late(Dossier d, LocalDateTime now) {
        if (d.getDueAt() == null) {
            return false;
        }
        if (d.getResultReadyAt() != null) {
            return d.getResultReadyAt().isAfter(d.getDueAt());
        }
        if (d.getState() == DossierState.WITHDRAWN || d.getState() == DossierState.NOT_ACCEPTED) {
            return false;
        }
        LocalDateTime at = d.getPausedAt() != null ? d.getPausedAt() : now;
        return at.isAfter(d.getDueAt());
    }

    private static PublicDossier.Event event(HandOver h) {
        String from = name(h.getFromAgency());
        String to = name(h.getToAgency());
        return new PublicDossier.Event(
                h.getHandedAt(),
                h.getAction(),
                h.getStepName(),
                from != null ? from : to,
                from != null && to != null && !Objects.equals(from, to) ? to : null);
    }

    private static String name(Agency agency) {
        return agency == null ? null : agency.getName();
    }
}
