package vn.motcua.plugins.licensing.licence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.plugins.licensing.licence.entity.IssuedNumber;
import vn.motcua.plugins.licensing.licence.entity.NumberCounter;
import vn.motcua.plugins.licensing.licence.entity.Series;
import vn.motcua.spi.Plugin;

/**
 * Numbers of licences and decisions, {@code <n>/<series>-<agency symbol>} (e.g. {@code 12/GP-STTTT}), counted per
 * issuing agency, series and calendar year, from 1 each January as administrative documents are. The year is not
 * part of the number (the date line carries it), so the registry keys a number with its year.
 *
 * <p>Concurrency: the counter row of (agency, year, series) is read with a pessimistic write lock in the caller's
 * transaction (the leader's approval), so approvals on any number of servers wait for each other and never share a
 * number; a missing row is first created in its own transaction (a second creator finds it and locks that one). The
 * lock is held until the approval commits; a rolled-back approval gives its number back.
 */
@Plugin(LicensingPlugin.ID)
@ApplicationScoped
public class LicenceNumbers {

    /** Small words left out of an agency's symbol ("Sở Thông tin và Truyền thông" → STTTT). */
    private static final Set<String> SKIPPED = Set.of("và", "của");

    @PersistenceContext
    EntityManager em;

    @Inject
    @Plugin(LicensingPlugin.ID)
    CounterRows rows;

    /** The next number of the agency's series for the year; call inside the transaction that records the document. */
    public IssuedNumber next(long agencyId, String agencyName, int year, Series series) {
        var key = new NumberCounter.Key(agencyId, year, series);
        NumberCounter counter = em.find(NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                rows.create(agencyId, year, series); // in its own transaction
            } catch (RuntimeException createdByAnother) {
                // another server created the row a moment ago: lock that one (below)
            }
            counter = em.find(NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (counter == null) {
                throw new IllegalStateException("No number counter for agency " + agencyId + ", " + year);
            }
        }
        int sequence = counter.next();
        return new IssuedNumber(sequence, year, format(sequence, series, agencySymbol(agencyName)));
    }

    /** {@code 12}, licence, {@code STTTT} → {@code 12/GP-STTTT}. */
    public static String format(int sequence, Series series, String agencySymbol) {
        if (sequence < 1) {
            throw new IllegalArgumentException("A document number starts at 1: " + sequence);
        }
        return sequence + "/" + series.symbol() + "-" + agencySymbol;
    }

    /**
     * The agency's symbol as Vietnamese administrative documents write it: the initials of its name without the small
     * words, in capitals, accents dropped but Đ kept ("Sở Thông tin và Truyền thông" → {@code STTTT}, "Sở Lao động -
     * Thương binh và Xã hội" → {@code SLĐTBXH}).
     */
    public static String agencySymbol(String agencyName) {
        var symbol = new StringBuilder();
        for (String word : agencyName.trim().split("[\\s\\-–,.()]+")) {
            if (word.isEmpty() || SKIPPED.contains(word.toLowerCase(new Locale("vi")))) {
                continue;
            }
            symbol.append(plainCapital(word.charAt(0)));
        }
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("An agency name without letters: " + agencyName);
        }
        return symbol.toString();
    }

    private static char plainCapital(char letter) {
        if (letter == 'đ' || letter == 'Đ') {
            return 'Đ';
        }
        String plain = Normalizer.normalize(String.valueOf(letter), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
        return plain.charAt(0);
    }

    /** Creates a counter row in its own transaction, so the lock above always finds a row to lock. */
    @Plugin(LicensingPlugin.ID)
    @ApplicationScoped
    public static class CounterRows {

        @PersistenceContext
        EntityManager em;

        @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
        public void create(long agencyId, int year, Series series) {
            if (em.find(NumberCounter.class, new NumberCounter.Key(agencyId, year, series)) != null) {
                return;
            }
            em.persist(new NumberCounter(agencyId, year, series));
            em.flush(); // a duplicate fails here, inside this transaction, and only this one rolls back
        }
    }
}
