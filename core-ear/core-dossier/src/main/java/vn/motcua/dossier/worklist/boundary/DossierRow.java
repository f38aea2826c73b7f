package vn.motcua.dossier.worklist.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import vn.motcua.catalog.control.calendar.Urgency;
import vn.motcua.spi.dossier.DossierState;

/**
 * One line of a worklist, read in the facade's transaction (so the page never loads a relation row by row).
 * {@code urgency} and the remaining working time are {@code null} once the dossier is no longer on the clock (result
 * ready, closed); while the clock stands still they are frozen at the moment it stopped. {@code submittedAt} is set
 * for dossiers submitted online.
 */
public record DossierRow(
        long id,
        String code,
        String applicantName,
        String applicantIdNumber,
        String procedureName,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        DossierState state,
        String assigneeName,
        String agencyName,
        Urgency urgency,
        BigDecimal remainingWorkingDays,
        Long remainingWorkingMinutes,
        LocalDateTime submittedAt)
        implements Serializable {}
