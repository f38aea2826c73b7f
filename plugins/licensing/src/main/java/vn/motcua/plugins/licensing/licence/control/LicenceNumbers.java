package vn.motcua.plugins.licensing.licence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.plugins.licensing.LicensingPlugin;
import vn.motcua.plugins.licensing.licence.entity.IssuedNumber;
import vn.motcua.plugins.licensing.licence.entity.Series;
import vn.motcua.spi.directory.AgencyNames;
import vn.motcua.spi.numbering.ResultNumbers;

/**
 * Numbers of licences and decisions, {@code <n>/<series>-<agency symbol>} (e.g. {@code 12/GP-STTTT}), counted per
 * issuing agency, series and calendar year, from 1 each January as administrative documents are. The year is not
 * part of the number (the date line carries it), so the registry keys a number with its year.
 *
 * <p>The running number comes from the core's {@link ResultNumbers} (series {@code licensing.GP} and
 * {@code licensing.QD}): locked in the database, in the caller's transaction (the leader's approval), so approvals on
 * any number of servers never share a number and a rolled-back approval gives its number back. This class only
 * formats it.
 */
@ApplicationScoped
public class LicenceNumbers {

    @Inject
    ResultNumbers numbers;

    @Inject
    AgencyNames agencies;

    /**
     * The next number of the agency's series for the year, with the agency's short name from the core ({@code STTTT});
     * call inside the transaction that records the document.
     */
    public IssuedNumber next(long agencyId, int year, Series series) {
        int sequence = Math.toIntExact(numbers.next(series(series), agencyId, year));
        return new IssuedNumber(sequence, year, format(sequence, series, agencies.shortName(agencyId)));
    }

    /** The core's series of ours: {@code licensing.GP}, {@code licensing.QD}. */
    public static String series(Series series) {
        return LicensingPlugin.ID + "." + series.code();
    }

    /** {@code 12}, licence, {@code STTTT} → {@code 12/GP-STTTT}. */
    public static String format(int sequence, Series series, String agencySymbol) {
        if (sequence < 1) {
            throw new IllegalArgumentException("A document number starts at 1: " + sequence);
        }
        return sequence + "/" + series.symbol() + "-" + agencySymbol;
    }
}
