package vn.motcua.dossier.printing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import vn.motcua.catalog.control.ResultTemplate;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.control.numbering.ResultNumberCounters;
import vn.motcua.dossier.control.plugins.DossierSnapshots;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.document.ResultRenderer;
import vn.motcua.spi.document.ResultSheet;
import vn.motcua.spi.procedure.ResultContext;

/**
 * The result document of a procedure that no department plugin serves, issued at approval like a plugin's: its text
 * is the one the catalog admin wrote on the dossier's pinned version ({@link ResultTemplate}, the default text when
 * none), numbered in the core's series {@value #SERIES} per deciding agency and year
 * ({@link ResultNumberCounters}: gap-free across servers, a refused approval gives its number back), laid out by the
 * same renderer as the plugins' results (forms' fonts, agency header, QR code of the lookup) and stored as the
 * dossier's result file.
 */
@ApplicationScoped
public class GenericResults {

    /** The core's result number series. */
    public static final String SERIES = "core.result";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Inject
    ResultNumberCounters counters;

    @Inject
    ResultRenderer renderer;

    @Inject
    DocumentStore store;

    @Inject
    CurrentUser currentUser;

    /** Numbers, prints and stores the result, in the approval's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void issue(Dossier dossier, ResultContext context) {
        ProcedureVersion version = dossier.getProcedureVersion();
        long agencyId = dossier.getDecidingAgency().getId(); // numbered per implementing agency
        LocalDate on = context.approvedAt().toLocalDate();
        long n = counters.next(SERIES, agencyId, on.getYear());
        String number = n + "/" + (version.getResultSymbol() == null ? "KQ" : version.getResultSymbol());
        String title = (version.getResultName() == null ? version.getName() : version.getResultName()).toUpperCase(VI);
        Map<String, String> form = DossierSnapshots.of(dossier).formData();
        var sheet = new ResultSheet(
                agencyId,
                number,
                on,
                title,
                null,
                ResultTemplate.fill(version.getResultBody(), field -> value(field, dossier, on, form)),
                version.getResultSigner() == null ? "THỦ TRƯỞNG CƠ QUAN" : version.getResultSigner(),
                context.approverName(),
                context.lookupUrl());
        byte[] pdf = renderer.render(sheet);
        String name = "ket-qua-" + dossier.getCode() + ".pdf";
        DocumentStore.Stored stored = store.store(name, new ByteArrayInputStream(pdf));
        dossier.resultIssued(
                number,
                version.getResultName() == null ? version.getName() : version.getResultName(),
                new DossierFile(
                        stored.fileName(),
                        stored.contentType(),
                        stored.size(),
                        stored.sha256(),
                        stored.key(),
                        context.approvedAt(),
                        currentUser.require().username()));
    }

    private static String value(String field, Dossier dossier, LocalDate issuedOn, Map<String, String> form) {
        if (field.startsWith("form.")) {
            return form.get(field.substring("form.".length()));
        }
        ProcedureVersion version = dossier.getProcedureVersion();
        var applicant = dossier.getApplicant();
        return switch (field) {
            case "applicantName" -> applicant.getName();
            case "applicantIdNumber" -> applicant.getIdNumber();
            case "applicantAddress" -> applicant.getAddress();
            case "procedureName" -> version.getName();
            case "resultName" -> version.getResultName();
            case "dossierCode" -> dossier.getCode();
            case "receivedDate" -> dossier.getReceivedAt() == null ? null : DATE.format(dossier.getReceivedAt());
            case "issuedDate" -> DATE.format(issuedOn);
            case "decidingAgency" -> dossier.getDecidingAgency().getName();
            default -> null;
        };
    }
}
