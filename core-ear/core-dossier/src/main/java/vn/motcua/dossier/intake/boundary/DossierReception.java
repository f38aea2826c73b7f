package vn.motcua.dossier.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.motcua.catalog.boundary.ProcedureAdministration;
import vn.motcua.catalog.boundary.ReferenceLists;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.ReferenceItem;
import vn.motcua.catalog.entity.ReferenceKind;
import vn.motcua.directory.boundary.PluginSwitches;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Counter;
import vn.motcua.dossier.control.Applicants;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.control.ImplementingAgency;
import vn.motcua.dossier.control.plugins.DossierSnapshots;
import vn.motcua.dossier.control.plugins.PluginProcedures;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.ApplicantKind;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierFee;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.dossier.entity.ResultDelivery;
import vn.motcua.dossier.intake.control.ProceduresInForce;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow.ReceiveRequest;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.platform.text.Texts;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * What the counter needs around {@link DossierWorkflow#receive}: its counters, the procedures in force, a known
 * applicant, scanned documents held until the dossier exists, and the receipt itself with its files and the fees
 * paid at the counter, all in the transaction of the receipt. A second submission of the same form (same token)
 * returns the first dossier and adds nothing.
 */
@ApplicationScoped
@RequiresPermissions("dossier:receive")
public class DossierReception {

    /** A procedure that can be received today. */
    public record ProcedureChoice(long procedureId, String nationalCode, String name, String agencyName)
            implements Serializable {}

    /** A scan held for the dossier being entered, optionally for one of its documents. */
    public record PendingFile(DocumentStore.Stored stored, Long requiredDocumentId) implements Serializable {}

    /** A fee of the pinned version (by position) paid at the counter. */
    public record FeePayment(int position, long paymentMethodId, String receiptNumber) implements Serializable {}

    /**
     * The form as the counter submits it; {@code details} holds what a plugin's form collected when a plugin serves
     * the procedure ({@code null} otherwise).
     */
    public record CounterReceipt(
            ReceiveRequest request,
            List<PendingFile> files,
            List<FeePayment> payments,
            Serializable details,
            Long deliveryMethodId) {

        public CounterReceipt(ReceiveRequest request, List<PendingFile> files, List<FeePayment> payments) {
            this(request, files, payments, null, null);
        }

        public CounterReceipt(
                ReceiveRequest request, List<PendingFile> files, List<FeePayment> payments, Serializable details) {
            this(request, files, payments, details, null);
        }
    }

    /** What the counter shows after receiving, and whether it was an earlier submission of the same form. */
    public record Received(long id, String code, String lookupSecret, LocalDateTime dueAt, boolean repeated)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    DossierWorkflow workflow;

    @Inject
    Applicants applicants;

    @Inject
    ProcedureAdministration procedures;

    @Inject
    ReferenceLists references;

    @Inject
    DocumentStore store;

    @Inject
    ProceduresInForce inForce;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    PluginProcedures plugins;

    @Inject
    PluginSwitches pluginSwitches;

    @Inject
    CounterRefusals refusals;

    @Inject
    ImplementingAgency implementing;

    /** Active counters of the agencies in the officer's scope, by name. */
    @Transactional
    public List<Counter> counters() {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Counter.class);
        var counter = query.from(Counter.class);
        var agency = counter.join("agency");
        var inScope = scope.contains(cb, query, agency.get("path"));
        if (inScope != null) {
            query.where(inScope);
        }
        query.orderBy(cb.asc(counter.get("name")));
        // active is filtered here: next to the scope's subquery EclipseLink inlines a boolean, which H2 refuses
        return em.createQuery(query)
                .getResultStream()
                .filter(c -> c.isActive() && c.getAgency().isActive())
                .toList();
    }

    /**
     * Active procedures with a published version in force today, by name (the name of that version); a procedure of a
     * plugin is offered only where the plugin is installed and enabled for the officer or for an agency their counters
     * receive for.
     */
    @Transactional
    public List<ProcedureChoice> proceduresInForce() {
        Set<String> enabled = pluginSwitches.enabledAtMyCounters();
        return inForce.on(LocalDate.now()).stream()
                .filter(v -> plugins.pluginOf(v.getProcedure().getNationalCode())
                        .map(enabled::contains)
                        .orElse(true))
                .map(v -> new ProcedureChoice(
                        v.getProcedure().getId(),
                        v.getProcedure().getNationalCode(),
                        v.getName(),
                        v.getDecidingAgency().getName()))
                .toList();
    }

    /** The version of the procedure in force today, with its documents, fees, steps and form fields. */
    @Transactional
    public ProcedureVersion versionInForce(long procedureId) {
        ProcedureVersion version = procedures
                .versionInForce(procedureId, LocalDate.now())
                .filter(v -> v.getProcedure().isActive())
                .orElseThrow(() -> new DomainException("dossier.receive.procedureNotInForce"));
        pluginServing(version);
        return version;
    }

    /**
     * The plugin handler serving the procedure, if any; refuses a procedure whose plugin is not installed, or enabled
     * neither for the officer's agency nor for an agency their counters receive for (the counter does not offer it,
     * and a stale form cannot sneak it in).
     */
    @Transactional
    public Optional<PluginProcedures.Handled> pluginServing(ProcedureVersion version) {
        String code = version.getProcedure().getNationalCode();
        Optional<String> plugin = plugins.pluginOf(code);
        if (plugin.isPresent() && !pluginSwitches.enabledAtMyCounters().contains(plugin.get())) {
            throw new DomainException("dossier.receive.procedureNotInForce");
        }
        return plugins.handler(code);
    }

    /**
     * The plugin handler serving a receipt for this implementing agency: its plugin must be enabled for the officer or
     * for that agency (a desk receiving on behalf of the department the plugin serves).
     */
    private Optional<PluginProcedures.Handled> pluginServing(ProcedureVersion version, Agency implementing) {
        String code = version.getProcedure().getNationalCode();
        Optional<String> plugin = plugins.pluginOf(code);
        if (plugin.isPresent()
                && !pluginSwitches.enabledForMe().contains(plugin.get())
                && !pluginSwitches.enabledFor(implementing.getId()).contains(plugin.get())) {
            throw new DomainException("dossier.receive.procedureNotInForce");
        }
        return plugins.handler(code);
    }

    /**
     * The agencies performing the procedure that this counter receives for (its own, those it receives for on their
     * behalf), by name: the officer picks the one the dossier is for when there are several.
     */
    @Transactional
    public List<Agency> implementingAgencies(long procedureId, long counterId) {
        Counter counter = em.find(Counter.class, counterId);
        if (counter == null || !scope.covers(counter.getAgency())) {
            return List.of();
        }
        return implementing.forCounter(versionInForce(procedureId), counter);
    }

    /** The applicant already known by this ID number or tax code. */
    @Transactional
    public Optional<Applicant> applicant(ApplicantKind kind, String idNumber) {
        String digits = idNumber == null ? "" : idNumber.replaceAll("[\\s.-]", "");
        return applicants.byIdNumber(kind, digits);
    }

    @Transactional
    public List<ReferenceItem> paymentMethods() {
        return references.active(ReferenceKind.PAYMENT_METHOD);
    }

    /** How results can reach the applicant (at the counter, by post, electronically), in the list's order. */
    @Transactional
    public List<ReferenceItem> deliveryMethods() {
        return references.active(ReferenceKind.DELIVERY_METHOD);
    }

    /** Refuses to receive the dossier of the form ({@link CounterRefusals}); what the counter shows after. */
    @Transactional
    public Received refuse(ReceiveRequest request, String reasons) {
        Dossier refused = refusals.refuse(request, reasons);
        return received(refused, false);
    }

    /** Checks and stores a scan before the dossier exists; the caller keeps what it gets back as pending. */
    public DocumentStore.Stored hold(String fileName, InputStream content) {
        return store.store(fileName, content);
    }

    /** Takes back a pending scan: its bytes go, unless a dossier already refers to them. */
    @Transactional
    public void release(String storageKey) {
        if (!referenced(storageKey)) {
            store.delete(storageKey);
        }
    }

    public long maxFileBytes() {
        return store.maxBytes();
    }

    /**
     * Receives the dossier with its scans and the fees paid at the counter, in one transaction. If it rolls back the
     * scans stay stored and pending in the form, for the officer to correct and submit again; bytes of a form never
     * submitted are removed by the sweep ({@link DocumentSweep}).
     */
    @Transactional
    public Received receive(CounterReceipt receipt) {
        ReceiveRequest request = receipt.request();
        Optional<Dossier> earlier = bySubmissionToken(request.submissionToken());
        if (earlier.isPresent()) {
            return received(earlier.get(), true);
        }
        ProcedureVersion version = procedures
                .versionInForce(request.procedureId(), LocalDate.now())
                .orElseThrow(() -> new DomainException("dossier.receive.procedureNotInForce"));
        Counter counter = em.find(Counter.class, request.counterId());
        if (counter == null || !counter.isActive()) {
            throw new DomainException("dossier.receive.counterRequired");
        }
        scope.check(counter.getAgency());
        Agency performer = implementing.atCounter(version, counter, request.decidingAgencyId());
        var handled = pluginServing(version, performer);
        if (handled.isPresent()) {
            plugins.check(
                    handled.get(),
                    receipt.details(),
                    DossierSnapshots.draft(
                            version, counter.getAgency(), performer, request.applicant(), request.formData()));
        }
        ReferenceItem delivery = deliveryMethod(receipt.deliveryMethodId());
        Dossier dossier = workflow.receive(request);
        if (delivery != null) {
            dossier.setDelivery(new ResultDelivery(delivery));
        }
        handled.ifPresent(h -> h.handler().saveDetails(receipt.details(), DossierSnapshots.of(dossier)));
        LocalDateTime now = LocalDateTime.now();
        String me = currentUser.require().username();
        for (PendingFile pending : receipt.files()) {
            DocumentStore.Stored stored = pending.stored();
            if (!Files.isRegularFile(store.locate(stored.key()))) {
                throw new DomainException("dossier.counter.file.lost", stored.fileName());
            }
            var file = new DossierFile(
                    stored.fileName(), stored.contentType(), stored.size(), stored.sha256(), stored.key(), now, me);
            if (pending.requiredDocumentId() != null) {
                dossier.getDocuments().stream()
                        .filter(d -> pending.requiredDocumentId().equals(d.getRequiredDocumentId()))
                        .findFirst()
                        .ifPresent(file::belongsTo);
            }
            dossier.addFile(file);
        }
        for (FeePayment payment : receipt.payments()) {
            if (payment.position() < 0
                    || payment.position() >= dossier.getFees().size()) {
                throw new DomainException("dossier.counter.fee.unknown");
            }
            ReferenceItem method = em.find(ReferenceItem.class, payment.paymentMethodId());
            if (method == null || method.getKind() != ReferenceKind.PAYMENT_METHOD || !method.isActive()) {
                throw new DomainException("dossier.counter.fee.methodRequired");
            }
            DossierFee fee = dossier.getFees().get(payment.position());
            fee.paid(now, method, Texts.trimToNull(payment.receiptNumber()));
        }
        em.flush();
        return received(dossier, false);
    }

    /** The dossier of a receive form, if that form was submitted already (any officer, any server). */
    @Transactional
    public Optional<Received> bySubmission(String token) {
        return bySubmissionToken(token).map(d -> received(d, true));
    }

    private Optional<Dossier> bySubmissionToken(String token) {
        if (token == null || token.isBlank()) {
            throw new DomainException("dossier.receive.tokenMissing");
        }
        return em.createQuery("select d from Dossier d where d.submissionToken = :token", Dossier.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    private ReferenceItem deliveryMethod(Long id) {
        if (id == null) {
            return null;
        }
        ReferenceItem method = em.find(ReferenceItem.class, id);
        if (method == null || method.getKind() != ReferenceKind.DELIVERY_METHOD || !method.isActive()) {
            throw new DomainException("dossier.counter.delivery.unknown");
        }
        return method;
    }

    private boolean referenced(String key) {
        return em.createQuery("select count(f) from DossierFile f where f.storageKey = :key", Long.class)
                        .setParameter("key", key)
                        .getSingleResult()
                > 0;
    }

    private static Received received(Dossier dossier, boolean repeated) {
        return new Received(
                dossier.getId(), dossier.getCode(), dossier.getLookupSecret(), dossier.getDueAt(), repeated);
    }
}
