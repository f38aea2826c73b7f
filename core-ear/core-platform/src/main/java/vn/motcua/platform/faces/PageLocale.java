package vn.motcua.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The language of a page rendered with the public template: the session's choice when there is a session (an officer
 * on an error page), else the visitor's choice kept in a cookie ({@link LanguageSwitch}), else Vietnamese. Asking {@link LocaleSelection} (session scoped) would open an HTTP session for
 * every anonymous visitor of a public page; this bean never does.
 */
@Named
@RequestScoped
public class PageLocale {

    @Inject
    LocaleSelection selection;

    /** The cookie that keeps an anonymous visitor's language (not a session: it holds nothing else). */
    public static final String COOKIE = "motcua-lang";

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean session = faces != null && faces.getExternalContext().getSession(false) != null;
        if (session) {
            return selection.getLocale();
        }
        Object cookie = faces == null
                ? null
                : faces.getExternalContext().getRequestCookieMap().get(COOKIE);
        return cookie instanceof jakarta.servlet.http.Cookie c && "en".equals(c.getValue())
                ? Locale.ENGLISH
                : LocaleSelection.VIETNAMESE;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }
}
