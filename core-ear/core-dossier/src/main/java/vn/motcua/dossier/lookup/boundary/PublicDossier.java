package vn.motcua.dossier.lookup.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.spi.dossier.DossierState;

/**
 * What anyone holding a dossier's code and lookup secret may see: where it stands and when the result is due, never
 * who applied or which officer handles it (docs/DOMAIN.md: a public lookup shows no personal data beyond what the
 * applicant typed). The lookup page and the REST lookup show exactly these fields.
 *
 * @param code the dossier code
 * @param procedureName the procedure, as named by the version the dossier follows
 * @param receivingAgency the agency that received it (online: the agency it was submitted to)
 * @param submittedAt when it was submitted online; null for a dossier handed in at a counter
 * @param receivedAt when it was received; null while an online submission waits for the counter
 * @param dueAt the appointment for the result now; null until received
 * @param originalDueAt the first appointment, when a new one was given since (form 04); else null
 * @param state where it stands; {@link DossierState#nationalCode()} is the national status
 * @param late past its appointment: finished after it, or not finished and the appointment has passed (while the
 *     clock stands still, as of the moment it stopped)
 * @param resultReadyAt when the result (or the refusal letter) was ready; null before
 * @param returnedAt when the result was handed to the applicant; null before
 * @param resultDownloadable the applicant chose to receive the result electronically and it is ready: it can be
 *     downloaded with the same code and secret ({@code /public/result})
 * @param timeline what happened, in order: when, what, at which step, at which agency
 */
public record PublicDossier(
        String code,
        String procedureName,
        String receivingAgency,
        LocalDateTime submittedAt,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime originalDueAt,
        DossierState state,
        boolean late,
        LocalDateTime resultReadyAt,
        LocalDateTime returnedAt,
        boolean resultDownloadable,
        List<Event> timeline)
        implements Serializable {

    public PublicDossier {
        timeline = List.copyOf(timeline);
    }

    /** The national status code (1-10) of the state. */
    public int nationalStatus() {
        return state.nationalCode();
    }

    /**
     * One hand-over as the public sees it: no officer, no comment.
     *
     * @param at when
     * @param action what happened
     * @param step the process step it concerned, or null
     * @param agency the agency where it happened
     * @param toAgency the agency the dossier went to, when another one (a transfer, a result sent to the counter)
     */
    public record Event(LocalDateTime at, HandOverAction action, String step, String agency, String toAgency)
            implements Serializable {}
}
