package vn.motcua.reporting.control.counting;

import java.time.LocalDateTime;

/**
 * What the reports need of one dossier, read from its own dates (never from its hand-overs one by one).
 *
 * @param receivedAt when the counter received it (the reception moment, not the clock start); {@code null} if never
 * @param online submitted online (else at the counter or by post)
 * @param outcome how it ended, or {@link Outcome#OPEN}
 * @param endedAt result ready (resolved), withdrawn or refused; {@code null} while open
 * @param dueAt the due moment, moved by the time the clock stood still (supplement, fee)
 * @param extended a new appointment was given (form 04): the dossier was late, whatever the new date
 * @param pausedAt start of the pause running now (waiting for the applicant), else {@code null}
 * @param supplementRequests how many times a supplement was requested during processing
 * @param scoredLate the national (Decision 766) verdict of an ended dossier: late
 */
public record DossierFacts(
        LocalDateTime receivedAt,
        boolean online,
        Outcome outcome,
        LocalDateTime endedAt,
        LocalDateTime dueAt,
        boolean extended,
        LocalDateTime pausedAt,
        int supplementRequests,
        boolean scoredLate) {}
