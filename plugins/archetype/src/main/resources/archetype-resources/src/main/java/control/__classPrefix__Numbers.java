package ${package}.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import ${package}.${classPrefix}Plugin;
import ${package}.entity.${classPrefix}NumberCounter;
import vn.motcua.spi.Plugin;

/**
 * Result numbers {@code <n>/${resultSymbol}-<agency initials>} (e.g. {@code 12/${resultSymbol}-SGTVT}), counted per
 * issuing agency and calendar year from 1, as administrative documents are.
 *
 * <p>Concurrency: the counter row of (agency, year) is read with a pessimistic write lock in the caller's transaction
 * (the leader's approval), so approvals on any number of servers wait for each other and never share a number; a
 * missing row is first created in its own transaction (a second creator fails there and locks the first one's row).
 * A rolled-back approval gives its number back.
 */
@Plugin(${classPrefix}Plugin.ID)
@ApplicationScoped
public class ${classPrefix}Numbers {

    /** The series symbol in every number of this plugin. */
    public static final String SYMBOL = "${resultSymbol}";

    /** Small words left out of an agency's initials ("Sở Giao thông vận tải" → SGTVT). */
    private static final Set<String> SKIPPED = Set.of("và", "của");

    /** A number and the sequence it was made from. */
    public record Issued(String number, int sequence) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    @Plugin(${classPrefix}Plugin.ID)
    CounterRows rows;

    /** The next number of the agency for the year; call inside the transaction that records the result. */
    public Issued next(long agencyId, String agencyName, int year) {
        var key = new ${classPrefix}NumberCounter.Key(agencyId, year);
        ${classPrefix}NumberCounter counter = em.find(${classPrefix}NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            try {
                rows.create(agencyId, year);
            } catch (RuntimeException createdByAnother) {
                // another server created the row a moment ago: lock that one below
            }
            counter = em.find(${classPrefix}NumberCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (counter == null) {
                throw new IllegalStateException("No number counter for agency " + agencyId + ", " + year);
            }
        }
        int sequence = counter.next();
        return new Issued(format(sequence, agencySymbol(agencyName)), sequence);
    }

    /** {@code 12}, {@code SGTVT} → {@code 12/${resultSymbol}-SGTVT}. */
    public static String format(int sequence, String agencySymbol) {
        if (sequence < 1) {
            throw new IllegalArgumentException("A number starts at 1: " + sequence);
        }
        return sequence + "/" + SYMBOL + "-" + agencySymbol;
    }

    /**
     * The agency's initials as Vietnamese documents write them: first letters of its name without the small words,
     * capitals, accents dropped but Đ kept ("Sở Lao động - Thương binh và Xã hội" → {@code SLĐTBXH}).
     */
    public static String agencySymbol(String agencyName) {
        var symbol = new StringBuilder();
        for (String word : agencyName.trim().split("[\\s\\-–,.()]+")) {
            if (!word.isEmpty() && !SKIPPED.contains(word.toLowerCase(Locale.ROOT))) {
                char first = word.charAt(0);
                symbol.append(
                        first == 'đ' || first == 'Đ'
                                ? 'Đ'
                                : Normalizer.normalize(String.valueOf(first), Normalizer.Form.NFD)
                                        .replaceAll("\\p{M}", "")
                                        .toUpperCase(Locale.ROOT)
                                        .charAt(0));
            }
        }
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("An agency name without letters: " + agencyName);
        }
        return symbol.toString();
    }

    /** Creates a counter row in its own transaction, so that the lock above always finds a row. */
    @Plugin(${classPrefix}Plugin.ID)
    @ApplicationScoped
    public static class CounterRows {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void create(long agencyId, int year) {
            if (em.find(${classPrefix}NumberCounter.class, new ${classPrefix}NumberCounter.Key(agencyId, year)) == null) {
                em.persist(new ${classPrefix}NumberCounter(agencyId, year));
                em.flush(); // a duplicate fails here, and only this inner transaction rolls back
            }
        }
    }
}
