package vn.motcua.plugins.vehicle.badge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import vn.motcua.plugins.vehicle.VehicleRegistrationPlugin;
import vn.motcua.plugins.vehicle.badge.control.BadgeRules;
import vn.motcua.plugins.vehicle.badge.control.BadgeSheets;
import vn.motcua.plugins.vehicle.badge.entity.BadgeApplication;
import vn.motcua.plugins.vehicle.badge.entity.IssuedBadge;
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
 * Transport badge for a commercial vehicle (1.002861): the vehicle form, the rules of {@link BadgeRules} at receipt,
 * and on approval a badge number in the department's own numbering, a row in the badge registry and the PDF.
 */
@ApplicationScoped
public class BadgeHandler implements ProcedureHandler<BadgeApplication> {

    private static final String FRAGMENTS = "/p/" + VehicleRegistrationPlugin.ID + "/fragments/";

    @PersistenceContext
    EntityManager em;

    @Inject
    Numbering numbering;

    @Inject
    ResultRenderer renderer;

    @Override
    public Set<String> procedureCodes() {
        return Set.of(VehicleRegistrationPlugin.BADGE);
    }

    @Override
    public Class<BadgeApplication> detailsType() {
        return BadgeApplication.class;
    }

    @Override
    public BadgeApplication newDetails(String procedureCode) {
        var details = new BadgeApplication();
        details.setValidityYears(7);
        return details;
    }

    @Override
    public String formFragment() {
        return FRAGMENTS + "badge-form.xhtml";
    }

    @Override
    public String viewFragment() {
        return FRAGMENTS + "badge-view.xhtml";
    }

    @Override
    public void check(BadgeApplication details, DossierSnapshot dossier) {
        BadgeRules.check(
                details, dossier.receivedAt() != null ? dossier.receivedAt().toLocalDate() : LocalDate.now());
    }

    @Override
    @Transactional
    public void saveDetails(BadgeApplication details, DossierSnapshot dossier) {
        details.attachTo(dossier.id());
        em.persist(details);
    }

    @Override
    @Transactional
    public Optional<BadgeApplication> details(long dossierId) {
        return Optional.ofNullable(em.find(BadgeApplication.class, dossierId));
    }

    /** The badge issued for a dossier, if it was approved. */
    @Transactional
    public Optional<IssuedBadge> issued(long dossierId) {
        return em.createQuery(
                        "select b from VehicleRegistrationIssuedBadge b where b.dossierId = :d", IssuedBadge.class)
                .setParameter("d", dossierId)
                .getResultStream()
                .findFirst();
    }

    @Override
    @Transactional
    public Optional<ResultDocument> issueResult(DossierSnapshot dossier, ResultContext context) {
        BadgeApplication application = details(dossier.id())
                .orElseThrow(() -> new DomainException("vehicle-registration.result.noDetails", dossier.code()));
        IssuedBadge badge = issued(dossier.id()).orElseGet(() -> issue(application, dossier, context));
        byte[] pdf = renderer.render(BadgeSheets.sheet(badge, context));
        return Optional.of(new ResultDocument(
                badge.getBadgeNumber(), BadgeSheets.TITLE, BadgeSheets.fileName(badge.getBadgeNumber()), pdf));
    }

    private IssuedBadge issue(BadgeApplication a, DossierSnapshot dossier, ResultContext context) {
        LocalDate issuedOn = context.approvedAt().toLocalDate();
        int year = issuedOn.getYear();
        long agency = dossier.decidingAgencyId();
        String number = DocumentNumbers.badge(year, numbering.next(agency, Series.BADGE, year));
        var badge = new IssuedBadge(
                agency,
                dossier.id(),
                dossier.code(),
                number,
                a,
                dossier.applicantName(),
                dossier.applicantIdNumber(),
                issuedOn,
                BadgeRules.expiry(a, issuedOn));
        em.persist(badge);
        return badge;
    }
}
