package vn.motcua.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * The language of a page rendered with the public template: the session's choice when there is a session (an officer
 * on an error page), else Vietnamese. Asking {@link LocaleSelection} (session scoped) would open an HTTP session for
 * every anonymous visitor of a public page; this bean never does.
 */
@Named
@RequestScoped
public class PageLocale {

    @Inject
    LocaleSelection selection;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean session = faces != null && faces.getExternalContext().getSession(false) != null;
        return session ? selection.getLocale() : LocaleSelection.VIETNAMESE;
    }
}
