package vn.motcua.dossier.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.motcua.catalog.control.Performers;
import vn.motcua.catalog.entity.Fee;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.catalog.entity.RequiredDocument;
import vn.motcua.directory.boundary.PluginSwitches;
import vn.motcua.directory.entity.Agency;
import vn.motcua.dossier.control.Applicants;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.control.DossierCodes;
import vn.motcua.dossier.control.FormAnswers;
import vn.motcua.dossier.control.ImplementingAgency;
import vn.motcua.dossier.control.plugins.DossierSnapshots;
import vn.motcua.dossier.control.plugins.OnlineOffers;
import vn.motcua.dossier.control.plugins.PluginProcedures;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Channel;
import vn.motcua.dossier.entity.DeclaredApplicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierDocument;
import vn.motcua.dossier.entity.DossierFee;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.intake.boundary.DossierReception.ProcedureChoice;
import vn.motcua.dossier.intake.control.OnlineChecks;
import vn.motcua.dossier.intake.control.OnlineQuota;
import vn.motcua.dossier.intake.control.ProceduresInForce;
import vn.motcua.dossier.workflow.boundary.DossierWorkflow;
import vn.motcua.dossier.workflow.control.Transitions;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;
import vn.motcua.spi.dossier.DossierTransitioned;

/**
 * A citizen or an organisation submits a dossier online, without logging in (the public portal; no permission, no
 * agency scope: nothing here reads or changes anything but the new dossier). Everything is checked before anything
 * is kept, and the dossier with its documents, scans and fees is stored in one transaction, in state
 * {@code SUBMITTED} at the procedure's deciding agency (its receiving agency online), with its code and lookup secret;
 * the clock starts only when the counter accepts it ({@link DossierWorkflow#accept}). The same form submitted twice
 * (same token) finds the first dossier. What the applicant declares is kept on the dossier and never changes the
 * applicant register: that waits for the officer who checks the papers. What one client may upload and submit in an
 * hour is limited ({@link OnlineQuota}): the public form must not let anyone fill the document store; the scans are
 * stored and counted before, as they are chosen ({@link OnlineScans}).
 */
@ApplicationScoped
public class OnlineSubmission {

    /** Scans one submission may carry: enough for any procedure, a bound on what an anonymous form can store. */
    public static final int MAX_FILES = OnlineChecks.MAX_FILES;

    private static final Jsonb JSON = JsonbBuilder.create();

    /** A scan held for one required document of the procedure. */
    public record Scan(DocumentStore.Stored stored, long requiredDocumentId) implements Serializable {}

    /** What the applicant submits; {@code submissionToken} is made when the form opens. */
    public record Application(
            String submissionToken,
            long procedureId,
            Applicant applicant,
            Map<String, Object> formData,
            List<Scan> scans,
            Serializable details,
            Long agencyId) {

        /** An application to the only agency that performs the procedure (or with a plugin's details). */
        public Application(
                String submissionToken,
                long procedureId,
                Applicant applicant,
                Map<String, Object> formData,
                List<Scan> scans,
                Serializable details) {
            this(submissionToken, procedureId, applicant, formData, scans, details, null);
        }

        /** An application for a procedure no department plugin serves. */
        public Application(
                String submissionToken,
                long procedureId,
                Applicant applicant,
                Map<String, Object> formData,
                List<Scan> scans) {
            this(submissionToken, procedureId, applicant, formData, scans, null, null);
        }
    }

    /** What the applicant is shown, and whether it was an earlier submission of the same form. */
    public record Submitted(long id, String code, String lookupSecret, String agencyName, boolean repeated)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Inject
    ProceduresInForce inForce;

    @Inject
    DossierCodes codes;

    @Inject
    Applicants applicants;

    @Inject
    DocumentStore store;

    @Inject
    Validator validator;

    @Inject
    Event<DossierTransitioned> transitioned;

    @Inject
    PluginProcedures plugins;

    @Inject
    PluginSwitches pluginSwitches;

    @Inject
    OnlineOffers offers;

    @Inject
    OnlineQuota quota;

    @Inject
    ImplementingAgency implementing;

    @Inject
    Performers performers;

    /** The places (agencies) that perform the procedure online today, by name: the citizen picks one. */
    @Transactional
    public List<Agency> places(long procedureId) {
        return places(version(procedureId));
    }

    /** The performers of the version its plugin (if any) is enabled for. */
    private List<Agency> places(ProcedureVersion version) {
        List<Agency> all = performers.of(version);
        Optional<String> plugin = plugins.pluginOf(version.getProcedure().getNationalCode());
        if (plugin.isEmpty()) {
            return all;
        }
        List<String> enabled = pluginSwitches.enabledPaths(plugin.get());
        return all.stream()
                .filter(a -> enabled.stream().anyMatch(a.getPath()::startsWith))
                .toList();
    }

    /** Procedures that can be submitted online today (active, in force, online level full or partial), by name. */
    @Transactional
    public List<ProcedureChoice> procedures() {
        var enabledByAgency = new HashMap<Long, Set<String>>(); // one query per deciding agency, not per procedure
        return inForce.on(LocalDate.now()).stream()
                .filter(v -> offers.offeredOnline(v, enabledByAgency))
                .map(v -> new ProcedureChoice(
                        v.getProcedure().getId(),
                        v.getProcedure().getNationalCode(),
                        v.getName(),
                        v.getDecidingAgency().getName()))
                .toList();
    }

    /** The version of a procedure in force today that can be submitted online, with its documents and form. */
    @Transactional
    public ProcedureVersion version(long procedureId) {
        return inForce.of(procedureId, LocalDate.now())
                .filter(offers::offeredOnline)
                .orElseThrow(() -> new DomainException("dossier.online.procedureNotOnline"));
    }

    /**
     * Stores the submission, or says in Vietnamese what to correct and keeps nothing (the scans stay stored and
     * pending in the form for the corrected retry; the sweep removes them if it is abandoned). A new dossier counts
     * against the client's quota in this transaction: a submission that fails counts nothing, one over the quota is
     * refused; the same form sent again finds its dossier without counting.
     *
     * @param clientKey who submits ({@link vn.motcua.platform.security.control.Clients#keyOf})
     * @throws DomainException {@value OnlineQuota#SUBMISSIONS} over the quota, or what to correct
     */
    @Transactional
    public Submitted submit(Application application, String clientKey) {
        Optional<Dossier> earlier = bySubmissionToken(application.submissionToken());
        if (earlier.isPresent()) {
            return submitted(earlier.get(), true);
        }
        quota.countSubmission(clientKey, LocalDateTime.now());
        ProcedureVersion version = version(application.procedureId());
        Agency agency = implementing.online(version, application.agencyId());
        if (places(version).stream().noneMatch(a -> a.getId().equals(agency.getId()))) {
            throw new DomainException("dossier.online.notPerformer", version.getName());
        }
        Applicant typed = OnlineChecks.applicant(application.applicant(), validator);
        Map<String, Object> answers = FormAnswers.check(version.getFormFields(), application.formData());
        List<Scan> scans = application.scans() == null ? List.of() : application.scans();
        OnlineChecks.scans(
                version,
                scans.stream()
                        .map(scan -> scan == null || scan.stored() == null ? null : scan.requiredDocumentId())
                        .toList());
        var handled = plugins.handler(version.getProcedure().getNationalCode());
        if (handled.isPresent()) {
            plugins.check(
                    handled.get(), application.details(), DossierSnapshots.draft(version, agency, typed, answers));
        }

        LocalDateTime now = LocalDateTime.now();
        Applicant applicant = known(typed).orElse(typed);
        var dossier = new Dossier(application.submissionToken(), version, applicant, Channel.ONLINE, agency, null);
        dossier.performedBy(agency, performers.route(version, agency, agency));
        dossier.submitted(
                codes.next(agency, now.toLocalDate()), DossierCodes.secret(), now, DeclaredApplicant.of(typed));
        var documents = new HashMap<Long, DossierDocument>();
        for (RequiredDocument required : version.getDocuments()) {
            boolean scanned = scans.stream().anyMatch(s -> s.requiredDocumentId() == required.getId());
            var document = new DossierDocument(
                    required.getId(), required.getName(), required.getCopyKind(), required.getCopies(), scanned);
            dossier.addDocument(document);
            documents.put(required.getId(), document);
        }
        for (Fee fee : version.getFees()) {
            dossier.addFee(new DossierFee(fee.getName(), fee.getKind(), fee.getAmount(), fee.getDue()));
        }
        dossier.setFormData(answers.isEmpty() ? null : JSON.toJson(answers));
        dossier.transition(HandOverAction.SUBMIT);
        for (Scan scan : scans) {
            DocumentStore.Stored stored = scan.stored();
            if (!Files.isRegularFile(store.locate(stored.key()))) {
                throw new DomainException("dossier.counter.file.lost", stored.fileName());
            }
            var file = new DossierFile(
                    stored.fileName(), stored.contentType(), stored.size(), stored.sha256(), stored.key(), now, null);
            file.belongsTo(documents.get(scan.requiredDocumentId()));
            dossier.addFile(file);
        }
        var handOver = new HandOver(HandOverAction.SUBMIT, null, DossierState.SUBMITTED, now).to(null, agency);
        dossier.record(handOver);
        em.persist(dossier);
        em.flush();
        handled.ifPresent(h -> h.handler().saveDetails(application.details(), DossierSnapshots.of(dossier)));
        transitioned.fire(Transitions.event(dossier, handOver));
        return submitted(dossier, false);
    }

    /**
     * The plugin handler serving the procedure, if any (its form is part of the online form). A procedure of a plugin
     * not enabled for its deciding agency, or not installed, is not offered online ({@link #version} refuses it).
     */
    @Transactional
    public Optional<PluginProcedures.Handled> pluginServing(ProcedureVersion version) {
        return plugins.handler(version.getProcedure().getNationalCode());
    }

    /** The dossier of a form already submitted (any server), e.g. when two submissions of it raced. */
    @Transactional
    public Optional<Submitted> bySubmission(String token) {
        return bySubmissionToken(token).map(d -> submitted(d, true));
    }

    /** The register's applicant of that ID number, left as it is (an anonymous form never changes the register). */
    private Optional<Applicant> known(Applicant typed) {
        return applicants.byIdNumber(typed.getKind(), typed.getIdNumber());
    }

    private Optional<Dossier> bySubmissionToken(String token) {
        if (token == null || token.isBlank()) {
            throw new DomainException("dossier.online.tokenMissing");
        }
        return em.createQuery("select d from Dossier d where d.submissionToken = :token", Dossier.class)
                .setParameter("token", token)
                .getResultStream()
                .findFirst();
    }

    private static Submitted submitted(Dossier dossier, boolean repeated) {
        return new Submitted(
                dossier.getId(),
                dossier.getCode(),
                dossier.getLookupSecret(),
                dossier.getReceivingAgency().getName(),
                repeated);
    }
}
