package vn.motcua.plugins.licensing.licence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import vn.motcua.plugins.licensing.LicensingProcedures;
import vn.motcua.plugins.licensing.licence.entity.IssuedNumber;
import vn.motcua.plugins.licensing.licence.entity.Licence;
import vn.motcua.plugins.licensing.licence.entity.LicenceKind;
import vn.motcua.plugins.licensing.licence.entity.LicenceRevocation;
import vn.motcua.plugins.licensing.licence.entity.LicensingApplication;
import vn.motcua.plugins.licensing.licence.entity.Series;
import vn.motcua.spi.document.ResultRenderer;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.procedure.ResultDocument;

/**
 * What approval does, in the leader's approval transaction: numbers the document, writes the registry and renders the
 * PDF. An amendment marks the licence it amends AMENDED and issues a new licence with its own number and the same
 * expiry (the registry keeps both, each with its PDF and dossier); a revocation marks the licence REVOKED and issues a
 * decision numbered in its own series. The licence concerned is locked and its rules checked again, so two dossiers
 * on one licence approved at once end with one success and one refusal.
 */
@ApplicationScoped
public class LicenceIssuer {

    @PersistenceContext
    EntityManager em;

    @Inject
    LicenceNumbers numbers;

    @Inject
    ResultRenderer renderer;

    /** A new licence (bulletin or non-commercial publication), or the licence an amendment issues. */
    public ResultDocument issue(LicensingApplication application, DossierSnapshot dossier, ResultContext context) {
        LocalDate day = context.approvedAt().toLocalDate();
        Licence amended = null;
        LicenceKind kind;
        LocalDate expiresOn;
        if (application.isAmendment()) {
            amended = em.find(Licence.class, application.getAmendedLicenceId(), LockModeType.PESSIMISTIC_WRITE);
            LicenceRules.requireAmendable(
                    amended,
                    application.getAmendedNumber(),
                    application.getAmendedYear(),
                    dossier.applicantIdNumber(),
                    day);
            kind = amended.getKind();
            expiresOn = LicenceValidity.amendedExpiresOn(amended);
            amended.markAmended(day);
        } else {
            kind = LicensingProcedures.NON_COMMERCIAL.equals(application.getProcedureCode())
                    ? LicenceKind.NON_COMMERCIAL
                    : LicenceKind.BULLETIN;
            expiresOn = LicenceValidity.expiresOn(kind, day);
        }
        IssuedNumber number = numbers.next(dossier.decidingAgencyId(), day.getYear(), Series.LICENCE);
        var licence = new Licence(
                dossier.decidingAgencyId(),
                dossier.id(),
                dossier.code(),
                kind,
                number,
                day,
                expiresOn,
                dossier.applicantName(),
                dossier.applicantIdNumber(),
                dossier.applicantAddress(),
                application.getPublication(),
                amended == null ? null : amended.getId());
        em.persist(licence);
        byte[] pdf =
                renderer.render(LicenceSheets.licence(licence, amended, application.getChanges(), dossier, context));
        String title = amended == null ? kind.printed() : kind.printed() + " (sửa đổi, bổ sung)";
        return new ResultDocument(number.text(), title, LicenceSheets.fileName("giay-phep", number.text()), pdf);
    }

    /** The revocation decision: the licence becomes REVOKED. */
    public ResultDocument revoke(LicenceRevocation revocation, DossierSnapshot dossier, ResultContext context) {
        LocalDate day = context.approvedAt().toLocalDate();
        Licence licence = em.find(Licence.class, revocation.getLicenceId(), LockModeType.PESSIMISTIC_WRITE);
        LicenceRules.requireRevocable(licence, revocation.getLicenceNumber(), revocation.getLicenceYear(), day);
        licence.markRevoked(day);
        IssuedNumber number = numbers.next(dossier.decidingAgencyId(), day.getYear(), Series.DECISION);
        revocation.decided(number, day);
        byte[] pdf = renderer.render(LicenceSheets.revocation(revocation, licence, dossier, context));
        return new ResultDocument(
                number.text(),
                "Quyết định thu hồi giấy phép xuất bản bản tin",
                LicenceSheets.fileName("quyet-dinh-thu-hoi", number.text()),
                pdf);
    }
}
