package vn.motcua.plugins.socialwelfare.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.plugins.socialwelfare.SocialWelfarePlugin;
import vn.motcua.spi.numbering.ResultNumbers;

/**
 * Decision numbers per deciding agency and year ({@code 45/QĐ-UBND}, starting again at 1 each year). The running
 * number comes from the core's {@link ResultNumbers} (series {@value #SERIES}): locked in the database, in the
 * approval's transaction, so concurrent approvals on any number of servers never share a number and a rolled-back
 * approval gives its number back. The unique key (agency, year, number) on {@code social_welfare_decision} is a
 * second guard.
 */
@ApplicationScoped
public class DecisionNumbers {

    /** Our series in the core's numbering (what V2 copied the old counter rows to). */
    public static final String SERIES = SocialWelfarePlugin.ID + ".decision";

    @Inject
    ResultNumbers numbers;

    /** The next number of the agency in the year; call inside the transaction that stores the decision. */
    public int next(long agencyId, int year) {
        return Math.toIntExact(numbers.next(SERIES, agencyId, year));
    }

    /** {@code 45} and {@code UBND} → {@code 45/QĐ-UBND}. */
    public static String format(int sequence, String issuerSymbol) {
        return sequence + "/QĐ-" + issuerSymbol;
    }
}
