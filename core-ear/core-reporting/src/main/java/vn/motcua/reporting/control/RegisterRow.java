package vn.motcua.reporting.control;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the register book (form 06). */
public record RegisterRow(
        long dossierId,
        Integer registerYear,
        Integer registerNumber,
        String code,
        String procedure,
        String applicant,
        String address,
        String phone,
        String agencyInCharge,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime transferredAt,
        LocalDateTime resultReadyAt,
        LocalDateTime returnedAt,
        String note)
        implements Serializable {

    /** "2026/123", or empty for a dossier received before the register numbers. */
    public String line() {
        return registerNumber == null ? "" : registerYear + "/" + registerNumber;
    }
}
