package vn.motcua.plugins.vehicle.licence.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.spi.DomainException;

/**
 * The six-month rule for the driver's health certificate: a certificate issued on day H serves until the same day six
 * calendar months later inclusive (H + 6 months, clamped to the month's last day: 31/08 → 28/02, or 29/02 in a leap
 * year) and is refused from the day after. A certificate dated after the day it is presented is refused too.
 */
public final class HealthCertificates {

    public static final int VALID_MONTHS = 6;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private HealthCertificates() {}

    /** The last day a certificate issued on {@code issuedOn} is accepted. */
    public static LocalDate lastValidDay(LocalDate issuedOn) {
        return issuedOn.plusMonths(VALID_MONTHS);
    }

    public static boolean validOn(LocalDate issuedOn, LocalDate day) {
        return !issuedOn.isAfter(day) && !day.isAfter(lastValidDay(issuedOn));
    }

    /** At receipt: refuses a certificate dated after the day of receipt or older than six months on it. */
    public static void requireValidAtReceipt(LocalDate issuedOn, LocalDate receivedOn) {
        if (issuedOn.isAfter(receivedOn)) {
            throw new DomainException(
                    "vehicle-registration.licence.health.future", DAY.format(issuedOn), DAY.format(receivedOn));
        }
        if (!validOn(issuedOn, receivedOn)) {
            throw new DomainException(
                    "vehicle-registration.licence.health.tooOld",
                    DAY.format(issuedOn),
                    DAY.format(lastValidDay(issuedOn)),
                    DAY.format(receivedOn));
        }
    }

    /** While in process (a step is being left): the certificate must still be within its six months today. */
    public static void requireStillValid(LocalDate issuedOn, LocalDate today) {
        if (!validOn(issuedOn, today)) {
            throw new DomainException(
                    "vehicle-registration.licence.health.expiredInProcess",
                    DAY.format(issuedOn),
                    DAY.format(lastValidDay(issuedOn).plusDays(1)));
        }
    }
}
