package vn.motcua.plugins.vehicle.licence.boundary;

import static vn.motcua.plugins.vehicle.VehicleRegistrationPlugin.EXCHANGE;
import static vn.motcua.plugins.vehicle.VehicleRegistrationPlugin.REISSUE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.licence.control.LicenceRules;
import vn.motcua.plugins.vehicle.licence.control.LicenceSheets;
import vn.motcua.plugins.vehicle.licence.entity.IssuedLicence;
import vn.motcua.plugins.vehicle.licence.entity.LicenceApplication;
import vn.motcua.plugins.vehicle.numbering.control.DocumentNumbers;
import vn.motcua.plugins.vehicle.numbering.control.Numbering;
import vn.motcua.plugins.vehicle.numbering.control.Series;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.document.ResultRenderer;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ProcedureHandler;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.procedure.ResultDocument;

/**
 * Driving licence exchange (1.002804) and re-issue (1.002809): the form the counter fills, the rules of
 * {@link LicenceRules} at receipt, and on approval a new licence number in the department's own numbering, a row in
 * the licence registry and the PDF. Every call runs in the core's transaction (receipt, approval).
 */
@ApplicationScoped
public class LicenceHandler implements ProcedureHandler<LicenceApplication> {

    static final String FRAGMENTS = "/p/" + VehicleRegistrationPlugin.ID + "/fragments/";

    @PersistenceContext
    EntityManager em;

    @Inject
    Numbering numbering;

    @Inject
    ResultRenderer renderer;

    @Override
    public Set<String> procedureCodes() {
        return Set.of(EXCHANGE, REISSUE);
    }

    @Override
    public Class<LicenceApplication> detailsType() {
        return LicenceApplication.class;
    }

    @Override
    public LicenceApplication newDetails(String procedureCode) {
        return new LicenceApplication(procedureCode);
    }

    @Override
    public String formFragment() {
        return FRAGMENTS + "licence-form.xhtml";
    }

    @Override
    public String viewFragment() {
        return FRAGMENTS + "licence-view.xhtml";
    }

    @Override
    public void check(LicenceApplication details, DossierSnapshot dossier) {
        LicenceRules.check(details, dossier.procedureCode(), receivedOn(dossier));
    }

    @Override
    @Transactional
    public void saveDetails(LicenceApplication details, DossierSnapshot dossier) {
        details.attachTo(dossier.id(), dossier.procedureCode());
        em.persist(details);
    }

    @Override
    @Transactional
    public Optional<LicenceApplication> details(long dossierId) {
        return Optional.ofNullable(em.find(LicenceApplication.class, dossierId));
    }

    /** The licence issued for a dossier, if it was approved. */
    @Transactional
    public Optional<IssuedLicence> issued(long dossierId) {
        return em.createQuery(
                        "select l from VehicleRegistrationIssuedLicence l where l.dossierId = :d", IssuedLicence.class)
                .setParameter("d", dossierId)
                .getResultStream()
                .findFirst();
    }

    @Override
    @Transactional
    public Optional<ResultDocument> issueResult(DossierSnapshot dossier, ResultContext context) {
        LicenceApplication application = details(dossier.id())
                .orElseThrow(() -> new DomainException("vehicle-registration.result.noDetails", dossier.code()));
        IssuedLicence licence = issued(dossier.id()).orElseGet(() -> issue(application, dossier, context));
        byte[] pdf = renderer.render(LicenceSheets.sheet(licence, context));
        return Optional.of(new ResultDocument(
                licence.getLicenceNumber(),
                LicenceSheets.TITLE,
                LicenceSheets.fileName(licence.getLicenceNumber()),
                pdf));
    }

    private IssuedLicence issue(LicenceApplication a, DossierSnapshot dossier, ResultContext context) {
        LicenceRules.Conversion conversion = LicenceRules.conversion(a);
        LocalDate issuedOn = context.approvedAt().toLocalDate();
        int year = issuedOn.getYear();
        long agency = dossier.decidingAgencyId();
        String number = DocumentNumbers.licence(
                DocumentNumbers.province(dossier.code()), year, numbering.next(agency, Series.LICENCE, year));
        var licence = new IssuedLicence(
                agency,
                dossier.id(),
                dossier.code(),
                dossier.procedureCode(),
                number,
                conversion.target().code(),
                conversion.restriction(),
                a.getLicenceNumber(),
                a.getLicenceClass(),
                dossier.applicantName(),
                dossier.applicantIdNumber(),
                a.getHolderBirthDate(),
                issuedOn,
                conversion.target().expiry(issuedOn).orElse(null));
        em.persist(licence);
        return licence;
    }

    /** The day of receipt: the dossier's, or today while it is being received. */
    static LocalDate receivedOn(DossierSnapshot dossier) {
        return dossier.receivedAt() != null ? dossier.receivedAt().toLocalDate() : LocalDate.now();
    }
}
