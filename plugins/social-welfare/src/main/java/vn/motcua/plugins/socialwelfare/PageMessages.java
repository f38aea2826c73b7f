package vn.motcua.plugins.socialwelfare;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Messages of the plugin's pages from the portal's merged bundle ({@code msg}, where this JAR's
 * {@code META-INF/motcua/messages_*.properties} are merged), in the page's language. Errors of the rules travel as
 * {@link vn.motcua.spi.DomainException}s, which the core shows on its own.
 */
public final class PageMessages {

    private PageMessages() {}

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern;
        try {
            pattern = bundle == null ? key : bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }
}
