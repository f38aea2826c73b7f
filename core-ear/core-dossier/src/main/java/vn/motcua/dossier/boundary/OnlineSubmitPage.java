package vn.motcua.dossier.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.dossier.control.plugins.PluginProcedures;

/**
 * What {@code /public/submit.xhtml} calls {@code v}: opening the page opens no HTTP session. On the first visit (a GET)
 * the page is stateless and shows a blank {@link OnlineSubmitView} that lives for that request only; from the first
 * postback on (the citizen picks a procedure: they are really submitting), the page keeps its state and {@code v} is
 * the view-scoped bean that holds the scans they upload. A crawler or a curious visitor costs the server nothing.
 */
@Named
@RequestScoped
public class OnlineSubmitPage {

    @Inject
    Instance<OnlineSubmitView> held;

    @Inject
    OnlineSubmission submission;

    @Inject
    PluginProcedures plugins;

    private OnlineSubmitView blank;

    /** The bean of the page: a blank one for a first visit, the view-scoped one once the visitor acts. */
    public OnlineSubmitView getView() {
        if (isStateful()) {
            return held.get();
        }
        if (blank == null) {
            blank = OnlineSubmitView.blank(submission, plugins);
        }
        return blank;
    }

    /** False for a first visit (the view is transient, nothing stored), true from the first postback. */
    public boolean isStateful() {
        return FacesContext.getCurrentInstance().isPostback();
    }
}
