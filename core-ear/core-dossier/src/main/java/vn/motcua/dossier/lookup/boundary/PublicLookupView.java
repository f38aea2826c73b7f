package vn.motcua.dossier.lookup.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import vn.motcua.dossier.control.WorkspaceTexts;
import vn.motcua.platform.faces.Notices;
import vn.motcua.platform.security.control.Clients;
import vn.motcua.spi.DomainException;
import vn.motcua.spi.dossier.DossierState;

/**
 * Backs {@code /public/lookup.xhtml?code=…&secret=…}, the page the QR code of every printed form opens: a form with
 * the dossier code and lookup secret (filled from the address, and looked up at once when both are there) and where
 * the dossier stands. Request scoped, unlike the officers' view-scoped pages: the page is stateless (a transient
 * view) so that anonymous visitors never get an HTTP session.
 */
@Named
@RequestScoped
public class PublicLookupView {

    @Inject
    PublicLookup lookup;

    @Inject
    Clients clients;

    @Inject
    HttpServletRequest request;

    private String code;
    private String secret;
    private PublicDossier dossier;

    /** {@code f:viewAction}: looks the dossier up when the address brought both code and secret (the QR code). */
    public void fromAddress() {
        keepPrivate();
        if (code != null && !code.isBlank() && secret != null && !secret.isBlank()) {
            search();
        }
    }

    /** The form's button: looks the dossier up, or says (neutrally) why not. */
    public void search() {
        keepPrivate();
        dossier = null;
        try {
            dossier = lookup.find(code, secret, clients.keyOf(request));
        } catch (DomainException e) {
            Notices.error(e);
        }
    }

    /**
     * The answer carries the secret (in its address and its form): no cache may keep it, and no link may pass the
     * address on as referrer.
     */
    private static void keepPrivate() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseHeader("Referrer-Policy", "no-referrer");
    }

    public String moment(LocalDateTime at) {
        return WorkspaceTexts.moment(at);
    }

    public String date(LocalDateTime at) {
        return at == null ? "" : at.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /**
     * Where the dossier stands against its appointment, as the key suffix of {@code dossier.lookup.timeliness.*}:
     * finished or still open, late or not; {@code none} when it was withdrawn or not accepted, or has no appointment
     * yet (submitted online, waiting for the counter).
     */
    public String timeliness() {
        if (dossier == null) {
            return "none";
        }
        if (dossier.resultReadyAt() != null) {
            return dossier.late() ? "lateDone" : "onTimeDone";
        }
        if (dossier.dueAt() == null
                || dossier.state() == DossierState.WITHDRAWN
                || dossier.state() == DossierState.NOT_ACCEPTED) {
            return "none";
        }
        return dossier.late() ? "lateOpen" : "onTimeOpen";
    }

    /** The colour of the state: green when the result is ready or handed over, amber while waiting for the applicant. */
    public String stateSeverity() {
        if (dossier == null) {
            return null;
        }
        return switch (dossier.state()) {
            case RESULT_READY, RETURNED -> "success";
            case SUPPLEMENT_REQUESTED, FEE_REQUESTED -> "warning";
            case REFUSED, NOT_ACCEPTED, WITHDRAWN -> "danger";
            default -> "info";
        };
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public PublicDossier getDossier() {
        return dossier;
    }
}
