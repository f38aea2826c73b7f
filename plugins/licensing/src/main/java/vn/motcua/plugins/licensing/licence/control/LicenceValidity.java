package vn.motcua.plugins.licensing.licence.control;

import java.time.LocalDate;
import java.time.Period;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceKind;
import vn.motcua.plugins.licensing.licence.entity.LicenceStatus;

/**
 * How long a licence is valid. The Press Law 2016 and its decrees do not fix a term for a bulletin licence; a term is
 * the province's choice, so that the registry is reviewed and a bulletin that stopped appearing drops out of it.
 *
 * <ul>
 *   <li>Bulletin: {@link #BULLETIN_TERM}, five years, the term provincial departments commonly print on these
 *       licences; long enough that a periodical is not re-licensed every year.
 *   <li>Non-commercial publication: {@link #NON_COMMERCIAL_TERM}, one year. The licence covers one document to be
 *       printed; one not printed within the year needs a new application (content and printer will have changed).
 *   <li>An amendment changes the particulars, not the term: the amended licence keeps the expiry of the licence it
 *       replaces, otherwise amending would be a way to extend a licence without a new appraisal.
 * </ul>
 *
 * A licence is valid through its last day ({@code expiresOn}): issued 2026-03-15 for five years, valid through
 * 2031-03-14. Change the constants here to change the rule (one place, covered by {@code LicenceValidityTest}).
 */
public final class LicenceValidity {

    public static final Period BULLETIN_TERM = Period.ofYears(5);
    public static final Period NON_COMMERCIAL_TERM = Period.ofYears(1);

    private LicenceValidity() {}

    public static Period term(LicenceKind kind) {
        return switch (kind) {
            case BULLETIN -> BULLETIN_TERM;
            case NON_COMMERCIAL -> NON_COMMERCIAL_TERM;
        };
    }

    /** The last day a licence of this kind issued on {@code issuedOn} is valid. */
    public static LocalDate expiresOn(LicenceKind kind, LocalDate issuedOn) {
        return issuedOn.plus(term(kind)).minusDays(1);
    }

    /** The last day of the licence an amendment issues: that of the licence it amends. */
    public static LocalDate amendedExpiresOn(Licence amended) {
        return amended.getExpiresOn();
    }

    /** Whether a licence still valid on {@code today} reaches its last day within {@code days} days. */
    public static boolean expiresWithin(Licence licence, LocalDate today, int days) {
        return licence.statusOn(today) == LicenceStatus.VALID
                && !licence.getExpiresOn().isAfter(today.plusDays(days));
    }
}
