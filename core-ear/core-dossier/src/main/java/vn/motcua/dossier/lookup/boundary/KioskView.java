package vn.motcua.dossier.lookup.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.motcua.dossier.lookup.control.ScannedCode;

/**
 * Backs {@code /public/kiosk.xhtml}, the lookup screen of the centre's kiosk: one large field, focused, which a
 * barcode or QR scanner acting as a keyboard fills with what form 01's QR code holds (the lookup address with code
 * and secret) and submits with its Enter. A plain GET, request scoped: the kiosk never holds a session.
 */
@Named
@RequestScoped
public class KioskView {

    private boolean unreadable;

    /** {@code f:viewAction}: a scan was submitted: show the dossier in the kiosk's layout. */
    public void scanned() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String scan = external.getRequestParameterMap().get("scan");
        if (scan == null || scan.isBlank()) {
            return;
        }
        ScannedCode code = ScannedCode.parse(scan).orElse(null);
        if (code == null) {
            unreadable = true;
            return;
        }
        String target = external.getRequestContextPath() + "/public/lookup.xhtml?kiosk=true&code="
                + URLEncoder.encode(code.code(), StandardCharsets.UTF_8)
                + (code.secret() == null ? "" : "&secret=" + URLEncoder.encode(code.secret(), StandardCharsets.UTF_8));
        try {
            external.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isUnreadable() {
        return unreadable;
    }
}
