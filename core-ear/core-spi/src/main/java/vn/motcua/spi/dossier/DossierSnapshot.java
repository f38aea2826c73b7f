package vn.motcua.spi.dossier;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * A read-only picture of one dossier, as plugins get it from the core. It is a copy taken when the core calls the
 * plugin: changing the dossier is done only through the core's workflow, never through this record.
 *
 * @param id the dossier's id (plugin tables refer to it with a foreign key to {@code dossier(id)})
 * @param code the dossier code, e.g. {@code 000.00.12.H99-261122-0001}
 * @param procedureCode the national code of the dossier's procedure
 * @param procedureName the procedure's name in the version pinned on the dossier
 * @param state where the dossier stands, e.g. {@link DossierState#IN_PROCESS} ({@code null} for a draft not stored
 *     yet); {@link #nationalStatus()} is its national status code
 * @param receivingAgencyId the agency whose counter received the dossier (id of {@code agency})
 * @param receivingAgencyName its name
 * @param decidingAgencyId the agency that decides the procedure (signs the result)
 * @param decidingAgencyName its name
 * @param applicantName the applicant (citizen or organisation) as typed at receipt
 * @param applicantIdNumber ID number or tax code
 * @param applicantAddress the applicant's address, may be {@code null}
 * @param receivedAt when it was received ({@code null} while only submitted online)
 * @param dueAt the appointment date ({@code null} while only submitted online)
 * @param formData values of the procedure's admin-defined form fields, by field key
 *
 * @since 0.1.0
 */
public record DossierSnapshot(
        long id,
        String code,
        String procedureCode,
        String procedureName,
        DossierState state,
        long receivingAgencyId,
        String receivingAgencyName,
        long decidingAgencyId,
        String decidingAgencyName,
        String applicantName,
        String applicantIdNumber,
        String applicantAddress,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        Map<String, String> formData) {

    public DossierSnapshot {
        formData = formData == null ? Map.of() : Map.copyOf(formData);
    }

    /** The national status code 1-10 of the state ({@code 0} for a draft not stored yet). */
    public int nationalStatus() {
        return state == null ? 0 : state.nationalCode();
    }
}
