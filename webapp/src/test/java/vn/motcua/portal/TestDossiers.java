package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import vn.motcua.catalog.boundary.ProcedureAdministration;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow.DocumentTick;

/**
 * In-container fixture: dossiers received at a counter through the real facade ({@link DossierWorkflow#receive}), by
 * a counter officer signed in for the call, so code, clock, first step and hand-over row are exactly what the
 * counter screen would produce (a direct insert would have to copy those rules and drift from them).
 */
@ApplicationScoped
public class TestDossiers {

    /** What a test needs to find the dossier again. */
    public record Received(long id, String code, String secret) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierWorkflow workflow;

    @Inject
    TestOfficers officers;

    @Inject
    ProcedureAdministration procedures;

    /**
     * Signs in a counter officer of the counter's agency (created once), receives a complete dossier of the
     * procedure with every listed document ticked, and signs out again. Not one transaction: the officer's new
     * password must be committed before the realm checks it.
     */
    public Received receiveAsCounter(String applicantName, String idNumber, long procedureId, long counterId) {
        long agencyId = agencyOfCounter(counterId);
        String username = "tiepnhan.fixture." + agencyId;
        String password = officers.create(username, "COUNTER_OFFICER", agencyId);
        var subject = SecurityUtils.getSubject();
        subject.login(new UsernamePasswordToken(username, password));
        try {
            Dossier dossier = workflow.receive(new DossierWorkflow.ReceiveRequest(
                    UUID.randomUUID().toString(),
                    procedureId,
                    counterId,
                    applicant(applicantName, idNumber),
                    ticks(procedureId),
                    Map.of(),
                    null));
            return new Received(dossier.getId(), dossier.getCode(), dossier.getLookupSecret());
        } finally {
            subject.logout();
        }
    }

    /**
     * A division head of the agency ({@code divisionHead}, created once) assigns the dossier to a processing officer
     * of the agency ({@code processor}, created once) through the real facade: the hand-over row, its step and the
     * report facts (the dossier's holder) are what the dossier screen would produce. With {@code forward}, the
     * processing officer then finishes the step and hands the dossier on to approval.
     */
    public void assign(long dossierId, long agencyId, String divisionHead, String processor, boolean forward) {
        String processorPassword = officers.create(processor, "PROCESSING_OFFICER", agencyId);
        String password = officers.create(divisionHead, "DIVISION_HEAD", agencyId);
        var subject = SecurityUtils.getSubject();
        subject.login(new UsernamePasswordToken(divisionHead, password));
        try {
            workflow.assign(dossierId, version(dossierId), officers.idOf(processor), null);
        } finally {
            subject.logout();
        }
        if (forward) {
            subject.login(new UsernamePasswordToken(processor, processorPassword));
            try {
                workflow.forward(dossierId, version(dossierId), null, "Đủ điều kiện");
            } finally {
                subject.logout();
            }
        }
    }

    private int version(long dossierId) {
        return em.createQuery("select d.version from Dossier d where d.id = :id", Integer.class)
                .setParameter("id", dossierId)
                .getSingleResult();
    }

    @Transactional
    public long agencyOfCounter(long counterId) {
        return em.createQuery("select c.agency.id from Counter c where c.id = :id", Long.class)
                .setParameter("id", counterId)
                .getSingleResult();
    }

    /** Every document of the version in force, ticked as received (read as the signed-in counter officer). */
    private List<DocumentTick> ticks(long procedureId) {
        return procedures.versionInForce(procedureId, LocalDate.now()).orElseThrow().getDocuments().stream()
                .map(d -> new DocumentTick(d.getId(), d.getName(), d.getCopyKind(), d.getCopies(), true))
                .toList();
    }

    private static Applicant applicant(String name, String idNumber) {
        var applicant = new Applicant();
        applicant.setName(name);
        applicant.setIdNumber(idNumber);
        applicant.setAddress("12 Lê Lợi, phường Đông Thành");
        applicant.setPhone("0912 345 678");
        return applicant;
    }
}
