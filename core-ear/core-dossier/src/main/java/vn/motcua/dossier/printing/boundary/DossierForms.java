package vn.motcua.dossier.printing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.motcua.catalog.entity.CopyKind;
import vn.motcua.catalog.entity.ProcedureVersion;
import vn.motcua.directory.control.AgencyScope;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Counter;
import vn.motcua.directory.entity.Officer;
import vn.motcua.dossier.control.DocumentStore;
import vn.motcua.dossier.control.RegisterNumbers;
import vn.motcua.dossier.entity.Applicant;
import vn.motcua.dossier.entity.Dossier;
import vn.motcua.dossier.entity.DossierExtension;
import vn.motcua.dossier.entity.DossierFee;
import vn.motcua.dossier.entity.DossierFile;
import vn.motcua.dossier.entity.DossierPause;
import vn.motcua.dossier.entity.FormTemplate;
import vn.motcua.dossier.entity.HandOver;
import vn.motcua.dossier.entity.HandOverAction;
import vn.motcua.dossier.entity.PauseKind;
import vn.motcua.dossier.entity.ResultDelivery;
import vn.motcua.dossier.printing.control.FormKind;
import vn.motcua.dossier.printing.control.FormRenderer;
import vn.motcua.dossier.printing.control.FormSheet;
import vn.motcua.dossier.printing.control.TemplatesInForce;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.platform.security.boundary.CurrentUser;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.security.RequiresPermissions;

/**
 * Forms 01-05 of real dossiers as PDF: builds the {@link FormSheet} from the dossier (the header names the receiving
 * agency under its parent, the date line the configured place), prints it with the template in force on the day the
 * dossier was received, and checks that the officer's scope covers an agency that has held the dossier.
 *
 * <p>Settings: {@code motcua.province.place-name} (date line, default "Thái Hòa"), {@code motcua.public.base-url}
 * (the portal's public address that the QR code and the printed lookup address start with).
 */
@ApplicationScoped
@RequiresPermissions("dossier:view")
public class DossierForms {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final FormRenderer RENDERER = new FormRenderer();

    /** A supplement request (form 02) for a dossier not received yet: what the counter screen knows. */
    public record SupplementDraft(
            long counterId, Applicant applicant, String procedureName, List<String> missing, String reason) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AgencyScope scope;

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentStore store;

    @Inject
    @ConfigProperty(name = "motcua.province.place-name", defaultValue = "Thái Hòa")
    String placeName;

    @Inject
    @ConfigProperty(name = "motcua.public.base-url", defaultValue = "http://localhost:8080/motcua")
    String publicBaseUrl;

    /** The form of a dossier as PDF. */
    @Transactional
    public byte[] print(long dossierId, FormKind kind) {
        Dossier dossier = em.find(Dossier.class, dossierId);
        if (dossier == null || dossier.getCode() == null) {
            throw new DomainException("dossier.notFound");
        }
        boolean mine = scope.coversAny(dossier.getAgencyIds());
        if (!mine) {
            throw new DomainException("dossier.notYours");
        }
        if (kind == FormKind.RECEIPT && dossier.getReceivedAt() == null) {
            throw new DomainException("dossier.notFound"); // submitted online, not received yet: no receipt
        }
        Optional<DossierFile> issued = IssuedForms.latest(dossier, kind);
        if (issued.isPresent()) {
            // the copy issued at the moment of the action, as the applicant got it
            try {
                return Files.readAllBytes(store.locate(issued.get().getStorageKey()));
            } catch (IOException e) {
                throw new DomainException("dossier.notFound");
            }
        }
        return render(dossier, kind);
    }

    /** The form of the dossier as it stands now, printed with the template in force on the day it was received. */
    public byte[] render(Dossier dossier, FormKind kind) {
        LocalDate receivedOn = dossier.getReceivedAt() == null
                ? LocalDate.now()
                : dossier.getReceivedAt().toLocalDate();
        return RENDERER.render(sheet(dossier, kind), TemplatesInForce.template(kind, receivedOn, stored(kind)));
    }

    /** Form 02 from the counter screen, when mandatory documents are missing and no dossier is received. */
    @Transactional
    @RequiresPermissions("dossier:receive")
    public byte[] supplementRequest(SupplementDraft draft) {
        Counter counter = em.find(Counter.class, draft.counterId());
        if (counter == null || !counter.isActive()) {
            throw new DomainException("dossier.receive.counterRequired");
        }
        scope.check(counter.getAgency());
        LocalDateTime now = LocalDateTime.now();
        Officer me = em.find(Officer.class, currentUser.require().id());
        var sheet = new FormSheet(
                FormKind.SUPPLEMENT_REQUEST,
                header(counter.getAgency(), counter),
                now.toLocalDate(),
                text("dossier.counter.form.noCode"),
                publicBaseUrl + "/public/lookup.xhtml",
                applicant(draft.applicant()),
                draft.procedureName(),
                now,
                null,
                null,
                null,
                draft.reason() == null || draft.reason().isBlank()
                        ? List.of()
                        : List.of(draft.reason().strip()),
                List.of(),
                draft.missing(),
                List.of(),
                me == null ? null : me.getFullName(),
                null,
                null);
        return RENDERER.render(
                sheet,
                TemplatesInForce.template(
                        FormKind.SUPPLEMENT_REQUEST, now.toLocalDate(), stored(FormKind.SUPPLEMENT_REQUEST)));
    }

    /** The province's place name, for date lines ("Thái Hòa, ngày ..."). */
    public String placeName() {
        return placeName;
    }

    /** The public lookup address of a dossier: the QR code on every form encodes exactly this. */
    public String lookupUrl(String code, String secret) {
        return publicBaseUrl + "/public/lookup.xhtml?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8)
                + "&secret=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
    }

    FormSheet sheet(Dossier dossier, FormKind kind) {
        ProcedureVersion version = dossier.getProcedureVersion();
        Counter counter = dossier.getCounter();
        HandOver receipt = dossier.getHandOvers().stream()
                .filter(h -> h.getAction() == HandOverAction.RECEIVE || h.getAction() == HandOverAction.NOT_ACCEPT)
                .findFirst()
                .orElse(null);
        Officer receivingOfficer = receipt == null ? null : receipt.getFromOfficer();

        LocalDateTime dueAt = dossier.getDueAt();
        LocalDateTime newDueAt = null;
        String delayReason = null;
        if (kind == FormKind.APOLOGY && !dossier.getExtensions().isEmpty()) {
            DossierExtension latest =
                    dossier.getExtensions().get(dossier.getExtensions().size() - 1);
            dueAt = latest.getPreviousDue();
            newDueAt = latest.getNewDue();
            delayReason = latest.getReason();
        }

        List<String> reasons = new ArrayList<>();
        List<String> needed = new ArrayList<>();
        if (kind == FormKind.SUPPLEMENT_REQUEST) {
            dossier.getPauses().stream()
                    .filter(p -> p.getKind() == PauseKind.SUPPLEMENT)
                    .reduce((a, b) -> b)
                    .ifPresent(pause -> {
                        reasons.add(pause.getReason());
                        needed.addAll(lines(pause));
                    });
        }
        if (kind == FormKind.REFUSAL) {
            dossier.getHandOvers().stream()
                    .filter(h -> h.getAction() == HandOverAction.REFUSE || h.getAction() == HandOverAction.NOT_ACCEPT)
                    .reduce((a, b) -> b)
                    .map(HandOver::getComment)
                    .filter(Objects::nonNull)
                    .ifPresent(c -> reasons.addAll(Arrays.stream(c.split("\\R"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList()));
        }

        List<FormSheet.HandOver> handOvers = dossier.getHandOvers().stream()
                .filter(h -> h.getStepName() != null)
                .map(h -> new FormSheet.HandOver(
                        h.getStepName(),
                        party(h.getFromOfficer(), h.getFromAgency()),
                        party(h.getToOfficer(), h.getToAgency()),
                        h.getHandedAt(),
                        h.getStepDueAt(),
                        h.getVerdict() == null
                                ? null
                                : text("dossier.verdict." + h.getVerdict().name()),
                        h.getComment()))
                .toList();

        String signer = kind == FormKind.RECEIPT || receivingOfficer == null
                ? (receivingOfficer == null ? null : receivingOfficer.getFullName())
                : currentOfficerName();
        return new FormSheet(
                kind,
                header(dossier.getReceivingAgency(), counter),
                kind == FormKind.RECEIPT ? dossier.getReceivedAt().toLocalDate() : LocalDate.now(),
                dossier.getCode(),
                lookupUrl(dossier.getCode(), dossier.getLookupSecret()),
                applicant(dossier.getApplicant()),
                version.getName(),
                dossier.getReceivedAt(),
                dueAt,
                newDueAt,
                delayReason,
                reasons,
                dossier.getDocuments().stream()
                        .filter(d -> d.isReceived())
                        .map(d -> new FormSheet.DocumentLine(d.getName(), copyKind(d.getCopyKind()), d.getCopies()))
                        .toList(),
                needed,
                handOvers,
                signer,
                resultDelivery(dossier),
                new FormSheet.ReceiptDetails(
                        1, statutoryTime(version.getStatutoryDays()), fees(dossier), RegisterNumbers.entry(dossier)));
    }

    /** Where the result will be collected (form 01): the counter, or the delivery method chosen at receipt. */
    private static String resultDelivery(Dossier dossier) {
        Counter counter = dossier.getCounter();
        ResultDelivery delivery = dossier.getDelivery();
        if (delivery != null && (delivery.isByPost() || delivery.isOnline())) {
            String address = dossier.getApplicant() == null
                    ? null
                    : dossier.getApplicant().getAddress();
            return delivery.getMethod().getName() + (delivery.isByPost() && address != null ? ": " + address : "");
        }
        return counter == null
                ? dossier.getReceivingAgency().getName()
                : counter.getName() + (counter.getAddress() == null ? "" : ", " + counter.getAddress());
    }

    private FormSheet.AgencyHeader header(Agency receiving, Counter counter) {
        Agency parent = receiving.getParent();
        String phone = counter != null && counter.getPhone() != null ? counter.getPhone() : receiving.getPhone();
        return new FormSheet.AgencyHeader(
                parent == null ? null : parent.getName(), receiving.getName(), placeName, phone);
    }

    private List<vn.motcua.dossier.printing.control.TemplateVersion> stored(FormKind kind) {
        return em.createQuery("select t from FormTemplate t where t.kind = :kind", FormTemplate.class)
                .setParameter("kind", kind)
                .getResultStream()
                .map(FormTemplate::toVersion)
                .toList();
    }

    private String currentOfficerName() {
        return currentUser
                .signedIn()
                .map(u -> em.find(Officer.class, u.id()))
                .map(Officer::getFullName)
                .orElse(null);
    }

    private static FormSheet.Applicant applicant(Applicant a) {
        return a == null
                ? FormSheet.Applicant.UNKNOWN
                : new FormSheet.Applicant(a.getName(), a.getIdNumber(), a.getAddress(), a.getPhone(), a.getEmail());
    }

    private static List<String> lines(DossierPause pause) {
        return pause.getMissing() == null
                ? List.of()
                : Arrays.stream(pause.getMissing().split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String party(Officer officer, Agency agency) {
        if (officer == null && agency == null) {
            return null;
        }
        if (officer == null) {
            return agency.getName();
        }
        return agency == null ? officer.getFullName() : officer.getFullName() + " – " + agency.getName();
    }

    static String copyKind(CopyKind kind) {
        return kind == null ? null : text("catalog.copyKind." + kind.name());
    }

    public static String statutoryTime(BigDecimal days) {
        if (days == null) {
            return null;
        }
        return text(
                "dossier.counter.form.workingDays",
                days.stripTrailingZeros().toPlainString().replace('.', ','));
    }

    private static String fees(Dossier dossier) {
        if (dossier.getFees().isEmpty()) {
            return text("dossier.counter.form.noFees");
        }
        BigDecimal total =
                dossier.getFees().stream().map(DossierFee::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return String.format(VI, "%,d đồng", total.longValue());
    }

    private static String text(String key, Object... arguments) {
        return Messages.text(VI, key, arguments);
    }
}
