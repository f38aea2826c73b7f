package vn.motcua.dossier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.directory.entity.Agency;
import vn.motcua.dossier.entity.DossierCodeCounter;

/**
 * Dossier codes {@code <agency identifier>-<yyMMdd>-<nnnn>} and lookup secrets. The day's counter row of the agency is
 * read under a pessimistic write lock in the caller's transaction, so concurrent receipts on any number of servers
 * wait for each other and never share a number; the lock is held only until that transaction ends.
 */
@ApplicationScoped
public class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    /** No 0/O, 1/I/L: the secret is read aloud and typed from paper. */
    private static final char[] SECRET_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The agency identifier as {@code Agency} accepts it, the day, the sequence (four digits or more). */
    private static final java.util.regex.Pattern WHOLE_CODE =
            java.util.regex.Pattern.compile("[0-9A-Za-z.\\-]{2,40}-[0-9]{6}-[0-9]{4,}");

    @PersistenceContext
    EntityManager em;

    @Inject
    CounterRows rows;

    /** The next code of the agency for the day; call inside the transaction that stores the dossier. */
    public String next(Agency agency, LocalDate day) {
        var key = new DossierCodeCounter.Key(agency.getId(), day);
        DossierCodeCounter counter = em.find(DossierCodeCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                rows.create(agency.getId(), day); // in its own transaction
            } catch (RowExists createdByAnother) {
                // another server created the row a moment ago: lock that one
            }
            counter = em.find(DossierCodeCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return format(agency.getCode(), day, counter.next());
    }

    /**
     * Whether a searched text has the shape of a whole dossier code ({@code <agency identifier>-<yyMMdd>-<nnnn>}):
     * then the search is for that dossier, an equality on the unique index, instead of "contains", which reads every
     * code in the officer's scope.
     */
    public static boolean isWholeCode(String text) {
        return text != null && WHOLE_CODE.matcher(text.trim()).matches();
    }

    /** A whole code as stored (agency identifiers are kept in capitals). */
    public static String normalized(String wholeCode) {
        return wholeCode.trim().toUpperCase(java.util.Locale.ROOT);
    }

    public static String format(String agencyCode, LocalDate day, int sequence) {
        return agencyCode + "-" + DAY.format(day) + "-" + String.format("%04d", sequence);
    }

    /** Six characters, about 30 bits: enough that a guessed code alone shows nothing. */
    public static String secret() {
        var secret = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            secret.append(SECRET_ALPHABET[RANDOM.nextInt(SECRET_ALPHABET.length)]);
        }
        return secret.toString();
    }

    /** Creates a day's counter row in its own transaction, so the lock above always finds a row to lock. */
    @ApplicationScoped
    public static class CounterRows {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(long agencyId, LocalDate day) {
            if (em.find(DossierCodeCounter.class, new DossierCodeCounter.Key(agencyId, day)) != null) {
                return;
            }
            try {
                em.persist(new DossierCodeCounter(agencyId, day));
                em.flush();
            } catch (jakarta.persistence.PersistenceException alreadyThere) {
                // another server created it a moment ago: its row is what we lock next
                throw new RowExists();
            }
        }
    }

    /** The row was created by another transaction first; the attempt is rolled back and the row is there. */
    static class RowExists extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
