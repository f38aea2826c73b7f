package vn.motcua.plugins.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.document.ResultRenderer;
import vn.motcua.spi.document.ResultSheet;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ProcedureHandler;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.procedure.ResultDocument;

/**
 * The sample plugin serves one catalog procedure (printing activity licence, 1.004690) with its own form, table,
 * rule and result document. Used by the core's tests of the plugin SPI; a real plugin looks the same, only bigger.
 */
@ApplicationScoped
public class SamplePrintingHandler implements ProcedureHandler<SampleApplication> {

    public static final String PROCEDURE = "1.004690";

    @PersistenceContext
    EntityManager em;

    @Inject
    ResultRenderer renderer;

    @Override
    public Set<String> procedureCodes() {
        return Set.of(PROCEDURE);
    }

    @Override
    public Class<SampleApplication> detailsType() {
        return SampleApplication.class;
    }

    @Override
    public SampleApplication newDetails(String procedureCode) {
        var details = new SampleApplication();
        details.setMachines(1);
        return details;
    }

    @Override
    public String formFragment() {
        return "/p/sample/fragments/printing-form.xhtml";
    }

    @Override
    public String viewFragment() {
        return "/p/sample/fragments/printing-view.xhtml";
    }

    @Override
    public void check(SampleApplication details, DossierSnapshot dossier) {
        if (details.getPrintingHouse().toLowerCase(java.util.Locale.ROOT).contains("không phép")) {
            throw new DomainException("sample.printingHouse.unlicensed", details.getPrintingHouse());
        }
    }

    @Override
    public void saveDetails(SampleApplication details, DossierSnapshot dossier) {
        details.belongsTo(
                dossier.id(), dossier.receivingAgencyId(), dossier.receivedAt().toLocalDate());
        em.persist(details);
    }

    @Override
    public Optional<SampleApplication> details(long dossierId) {
        return em.createQuery("select a from SampleApplication a where a.dossierId = :d", SampleApplication.class)
                .setParameter("d", dossierId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ResultDocument> issueResult(DossierSnapshot dossier, ResultContext context) {
        SampleApplication details = details(dossier.id()).orElseThrow();
        String number = "IN-" + dossier.id();
        details.numbered(number);
        byte[] pdf = renderer.render(new ResultSheet(
                dossier.decidingAgencyId(),
                number,
                context.approvedAt().toLocalDate(),
                "GIẤY PHÉP HOẠT ĐỘNG IN",
                null,
                List.of(
                        "Cho phép cơ sở in: " + details.getPrintingHouse(),
                        "- Số máy in: " + details.getMachines(),
                        "- Người đề nghị: " + dossier.applicantName()),
                "Giám đốc",
                context.approverName(),
                context.lookupUrl()));
        return Optional.of(new ResultDocument(number, "Giấy phép hoạt động in", "giay-phep-" + number + ".pdf", pdf));
    }
}
