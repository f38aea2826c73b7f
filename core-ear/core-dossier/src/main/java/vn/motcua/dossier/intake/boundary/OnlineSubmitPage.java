package vn.motcua.dossier.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.motcua.dossier.control.plugins.PluginProcedures;

/**
 * What {@code /public/submit.xhtml} calls {@code v}: opening the page opens no HTTP session. Without a procedure
 * ({@code ?procedure=}) the page is stateless (a transient view, also on its own Ajax postbacks) and shows a blank
 * {@link OnlineSubmitView} that lives for one request: choosing a procedure there sends the browser to
 * {@code submit.xhtml?procedure=<id>}. With a procedure the citizen is really submitting: the page keeps its state and
 * {@code v} is the view-scoped bean that holds the scans they upload. A crawler or a curious visitor costs the server
 * nothing. (Mojarra restores a view posted as "stateless" only as a transient view: hence the rule in
 * {@link #isStateful}, the same for the page's {@code transient} attribute and for the choice of bean.)
 */
@Named
@RequestScoped
public class OnlineSubmitPage {

    @Inject
    Instance<OnlineSubmitView> held;

    @Inject
    OnlineSubmission submission;

    @Inject
    OnlineScans scans;

    @Inject
    PluginProcedures plugins;

    private OnlineSubmitView blank;

    /** The bean of the page: a blank one for a first visit, the view-scoped one once the visitor acts. */
    public OnlineSubmitView getView() {
        if (isStateful()) {
            return held.get();
        }
        if (blank == null) {
            blank = OnlineSubmitView.blank(submission, scans, plugins);
        }
        return blank;
    }

    /** False without a chosen procedure (the view is transient, nothing stored), true with one. */
    public boolean isStateful() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var parameters = faces.getExternalContext().getRequestParameterMap();
        if (faces.isPostback()) {
            return !"stateless".equals(parameters.get("jakarta.faces.ViewState"));
        }
        String procedure = parameters.get("procedure");
        return procedure != null && !procedure.isBlank();
    }
}
