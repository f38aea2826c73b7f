package vn.motcua.platform.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.motcua.platform.i18n.Messages;
import vn.motcua.spi.DomainException;

/**
 * Messages shown to the user at the top of the page, in the user's language, from message keys. A message belongs to
 * the response of the current request; only when that response is a redirect does it travel in the flash to the
 * next page ({@link FlashOnRedirect}). Kept unconditionally, an Ajax save would show "Đã lưu." now and again on the
 * next request.
 */
public final class Notices {

    private Notices() {}

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /** An error attached to one input, shown next to it. */
    public static void errorOn(String clientId, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, clientId, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void error(DomainException e) {
        error(e.messageKey(), e.arguments());
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Messages.text(faces.getViewRoot().getLocale(), key, arguments);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
