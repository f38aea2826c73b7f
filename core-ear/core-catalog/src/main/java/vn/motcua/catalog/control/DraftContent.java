package vn.motcua.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.motcua.catalog.entity.FormField;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ProcessStep;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.catalog.entity.Sector;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Role;
import vn.motcua.spi.DomainException;

/**
 * The content of a procedure version as the catalog's facade stores and reads it, in the caller's transaction: what
 * an admin edited copied into a managed draft (references resolved by id, the deciding agency in the officer's
 * scope, the result template's fields known), the standard process proposed for a new procedure, Bean Validation as
 * one Vietnamese sentence, and a version with all its parts loaded in a constant number of queries.
 */
@ApplicationScoped
public class DraftContent {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    AgencyScope scope;

    /** Copies what an admin edits from a detached version into a managed draft, resolving references by id. */
    public void copy(ProcedureVersion from, ProcedureVersion to) {
        to.setName(from.getName());
        to.setSector(reference(
                Sector.class, from.getSector() == null ? null : from.getSector().getId()));
        Agency deciding = reference(
                Agency.class,
                from.getDecidingAgency() == null
                        ? null
                        : from.getDecidingAgency().getId());
        if (deciding != null) {
            scope.check(deciding);
        }
        to.setDecidingAgency(deciding);
        to.setLegalBasis(from.getLegalBasis());
        to.setResultName(from.getResultName());
        List<String> unknown = ResultTemplate.unknownFields(
                from.getResultBody(),
                from.getFormFields().stream().map(FormField::getKey).toList());
        if (!unknown.isEmpty()) {
            throw new DomainException("catalog.procedure.resultBody.unknownField", String.join(", ", unknown));
        }
        to.setResultBody(from.getResultBody());
        to.setResultSigner(from.getResultSigner());
        to.setResultSymbol(from.getResultSymbol());
        to.setOnlineLevel(from.getOnlineLevel());
        to.setStatutoryDays(from.getStatutoryDays());
        to.setSupplementClock(from.getSupplementClock());
        to.setChangeNote(from.getChangeNote());
        for (RequiredDocument document : from.getDocuments()) {
            document.setDocumentType(reference(
                    vn.motcua.catalog.entity.ReferenceItem.class,
                    document.getDocumentType() == null
                            ? null
                            : document.getDocumentType().getId()));
            document.setTemplate(reference(
                    vn.motcua.catalog.entity.StoredFile.class,
                    document.getTemplate() == null
                            ? null
                            : document.getTemplate().getId()));
        }
        for (ProcessStep step : from.getSteps()) {
            step.setRole(reference(
                    Role.class, step.getRole() == null ? null : step.getRole().getId()));
            step.setAgency(reference(
                    Agency.class,
                    step.getAgency() == null ? null : step.getAgency().getId()));
        }
        to.replaceParts(from.getDocuments(), from.getFees(), from.getSteps(), from.getFormFields());
    }

    private <T> T reference(Class<T> type, Long id) {
        if (id == null) {
            return null;
        }
        T found = em.find(type, id);
        if (found == null) {
            throw new DomainException("catalog.reference.missing");
        }
        return found;
    }

    /** The standard process for the draft's statutory time (a new procedure without steps gets it). */
    public List<ProcessStep> standardSteps(ProcedureVersion draft) {
        var steps = new ArrayList<ProcessStep>();
        for (StandardProcess.Step proposal : StandardProcess.forDays(draft.getStatutoryDays())) {
            var step = new ProcessStep();
            step.setName(proposal.name());
            step.setRole(role(proposal.roleCode()));
            step.setActing(proposal.acting());
            step.setBudgetDays(proposal.days());
            step.setActions(java.util.EnumSet.copyOf(proposal.actions()));
            steps.add(step);
        }
        return steps;
    }

    private Role role(String code) {
        return em.createQuery("select r from Role r where r.code = :code", Role.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException("catalog.reference.missing"));
    }

    /** Bean Validation of the draft and its parts, as one Vietnamese sentence for the first violation. */
    public void checkBeans(ProcedureVersion draft) {
        var violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            ConstraintViolation<ProcedureVersion> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .orElseThrow();
            throw new DomainException("platform.invalid", first.getMessage());
        }
    }

    /**
     * Loads every part of a version with a constant number of queries (the references of the parts are fetched with
     * them, never one query per row).
     */
    public ProcedureVersion loaded(ProcedureVersion version) {
        fetch(
                "select d from RequiredDocument d left join fetch d.documentType left join fetch d.template"
                        + " where d.procedureVersion = :v",
                version);
        fetch(
                "select s from ProcessStep s join fetch s.role left join fetch s.agency where s.procedureVersion = :v",
                version);
        version.getDocuments().size();
        version.getFees().size();
        version.getSteps().size();
        version.getFormFields().size();
        version.getSector().getName();
        version.getDecidingAgency().getName();
        version.getProcedure().getNationalCode();
        return version;
    }

    private void fetch(String jpql, ProcedureVersion version) {
        em.createQuery(jpql).setParameter("v", version).getResultList();
    }
}
