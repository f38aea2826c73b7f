package ${package}.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import ${package}.${classPrefix}Plugin;
import ${package}.control.${classPrefix}Numbers;
import ${package}.control.${classPrefix}Rules;
import ${package}.control.${classPrefix}Sheets;
import ${package}.entity.${classPrefix}Application;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.calendar.ProvinceCalendar;
import vn.motcua.spi.document.ResultRenderer;
import vn.motcua.spi.dossier.DossierSnapshot;
import vn.motcua.spi.procedure.ProcedureHandler;
import vn.motcua.spi.procedure.ResultContext;
import vn.motcua.spi.procedure.ResultDocument;

/**
 * Serves catalog procedure ${procedureCode} ("${title}"): the counter includes its form, the dossier screen its view;
 * the core validates the details (Bean Validation), calls {@link #check} and {@link #saveDetails} in the receipt's
 * transaction, and {@link #issueResult} in the leader's approval (see ProcedureHandler for the guarantees).
 */
@ApplicationScoped
public class ${classPrefix}Handler implements ProcedureHandler<${classPrefix}Application> {

    public static final String PROCEDURE = "${procedureCode}";

    @PersistenceContext
    EntityManager em;

    @Inject
    ResultRenderer renderer;

    @Inject
    ProvinceCalendar calendar;

    @Inject
    ${classPrefix}Numbers numbers;

    @Override
    public Set<String> procedureCodes() {
        return Set.of(PROCEDURE);
    }

    @Override
    public Class<${classPrefix}Application> detailsType() {
        return ${classPrefix}Application.class;
    }

    @Override
    public ${classPrefix}Application newDetails(String procedureCode) {
        var details = new ${classPrefix}Application();
        details.setQuantity(1);
        details.setStartDate(LocalDate.now());
        return details;
    }

    @Override
    public String formFragment() {
        return "/p/" + ${classPrefix}Plugin.ID + "/fragments/application-form.xhtml";
    }

    @Override
    public String viewFragment() {
        return "/p/" + ${classPrefix}Plugin.ID + "/fragments/application-view.xhtml";
    }

    @Override
    public void check(${classPrefix}Application details, DossierSnapshot dossier) {
        ${classPrefix}Rules.check(details, LocalDate.now(), calendar);
    }

    @Override
    public void saveDetails(${classPrefix}Application details, DossierSnapshot dossier) {
        details.received(
                dossier.id(),
                dossier.decidingAgencyId(),
                dossier.code(),
                dossier.procedureCode(),
                dossier.applicantName(),
                dossier.applicantIdNumber(),
                dossier.receivedAt() == null ? LocalDateTime.now() : dossier.receivedAt());
        em.persist(details);
    }

    @Override
    public Optional<${classPrefix}Application> details(long dossierId) {
        return em.createQuery(
                        "select a from ${classPrefix}Application a where a.dossierId = :dossier",
                        ${classPrefix}Application.class)
                .setParameter("dossier", dossierId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ResultDocument> issueResult(DossierSnapshot dossier, ResultContext context) {
        ${classPrefix}Application details = details(dossier.id())
                .orElseThrow(() -> new DomainException(${classPrefix}Plugin.ID + ".details.missing", dossier.code()));
        LocalDate on = context.approvedAt().toLocalDate();
        ${classPrefix}Numbers.Issued issued = numbers.next(dossier.decidingAgencyId(), on.getYear());
        details.issued(issued.number(), issued.sequence(), on);
        byte[] pdf = renderer.render(${classPrefix}Sheets.sheet(details, dossier, context, issued.number()));
        return Optional.of(new ResultDocument(
                issued.number(),
                ${classPrefix}Sheets.TITLE,
                ${classPrefix}Sheets.fileName(${classPrefix}Plugin.ID, issued.number()),
                pdf));
    }
}
