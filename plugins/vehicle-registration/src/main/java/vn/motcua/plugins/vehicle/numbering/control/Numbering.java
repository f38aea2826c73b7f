package vn.motcua.plugins.vehicle.numbering.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.spi.numbering.ResultNumbers;

/**
 * Hands out the next number of a series for an agency and year, from the core's {@link ResultNumbers} (series
 * {@code vehicle-registration.LICENCE} and {@code vehicle-registration.BADGE}): locked in the database in the caller's
 * transaction (the approval's), so concurrent approvals never share a number and a rolled-back approval gives its
 * number back. {@link DocumentNumbers} makes the printed number of it.
 */
@ApplicationScoped
public class Numbering {

    @Inject
    ResultNumbers numbers;

    /** The next number; call inside the transaction that records what it numbers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(long agencyId, Series series, int year) {
        return Math.toIntExact(numbers.next(series(series), agencyId, year));
    }

    /** Our series in the core's numbering (what V2 copied the old counter rows to). */
    public static String series(Series series) {
        return VehicleRegistrationPlugin.ID + "." + series.name();
    }
}
